package dev.hero.cli.internal.command;

import dev.hero.application.ExportHeroes;
import dev.hero.domain.Hero;
import dev.hero.domain.HeroId;
import dev.hero.domain.port.UnitOfWork;
import java.util.List;
import java.util.function.Consumer;

/** Every hero in id order, read in keyset batches so that memory stays flat. */
final class HeroBatches {

    static final int SIZE = 1000;

    private HeroBatches() {
    }

    static void forEach(ExportHeroes export, UnitOfWork work, Consumer<Hero> each) {
        HeroId after = ExportHeroes.START;
        List<Hero> batch;
        do {
            batch = export.exportBatch(work, after, SIZE);
            batch.forEach(each);
            if (!batch.isEmpty()) {
                after = batch.get(batch.size() - 1).id();
            }
        } while (batch.size() == SIZE);
    }
}

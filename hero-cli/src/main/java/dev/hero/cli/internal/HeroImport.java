package dev.hero.cli.internal;

import dev.hero.application.ImportHeroes;
import dev.hero.cli.internal.io.HeroRow;
import dev.hero.cli.internal.io.HeroRowReader;
import dev.hero.domain.NewHero;
import dev.hero.domain.port.UnitOfWork;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Imports rows in batches of {@value #BATCH_SIZE} within one unit of work, collecting the invalid
 * rows. When {@code keepGoing} is false, nothing more is inserted once a row is invalid, but the
 * rest is still read so that every problem is reported; the caller then rolls back.
 */
public final class HeroImport {

    static final int BATCH_SIZE = 1000;

    private final ImportHeroes importHeroes;
    private final boolean keepGoing;

    public HeroImport(ImportHeroes importHeroes, boolean keepGoing) {
        this.importHeroes = importHeroes;
        this.keepGoing = keepGoing;
    }

    /**
     * Reads every row of {@code rows} and imports the valid ones into {@code work}.
     *
     * @param position how far the input has been read, for {@code progress}
     */
    public Outcome run(UnitOfWork work, HeroRowReader rows, Progress progress, LongSupplier position) throws IOException {
        List<NewHero> batch = new ArrayList<>(BATCH_SIZE);
        RowProblems problems = new RowProblems();
        long imported = 0;
        long rowCount = 0;
        for (HeroRow row = rows.next(); row != null; row = rows.next()) {
            if (row instanceof HeroRow.Invalid invalid) {
                problems.add(invalid);
            } else if (keepGoing || problems.isEmpty()) {
                batch.add(((HeroRow.Valid) row).hero());
                if (batch.size() == BATCH_SIZE) {
                    imported += importHeroes.importBatch(work, batch);
                    batch.clear();
                }
            }
            if (++rowCount % 256 == 0) {
                progress.stepTo(position.getAsLong());
            }
        }
        if (!batch.isEmpty() && (keepGoing || problems.isEmpty())) {
            imported += importHeroes.importBatch(work, batch);
        }
        progress.stepTo(position.getAsLong());
        return new Outcome(imported, problems);
    }

    /**
     * @param imported how many heroes were added (and will be committed unless the caller rolls back)
     * @param problems the invalid rows
     */
    public record Outcome(long imported, RowProblems problems) {
    }
}

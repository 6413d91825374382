package dev.hero.web.internal.tuning;

import dev.hero.domain.Hero;
import dev.hero.domain.HeroId;
import dev.hero.domain.PageRequest;
import dev.hero.domain.port.Transactor;
import dev.hero.web.internal.api.HeroCreate;
import dev.hero.web.internal.api.HeroDtoMapper;
import dev.hero.web.internal.api.HeroJson;
import dev.hero.web.internal.api.HeroPublic;
import dev.hero.web.internal.api.HeroUpdate;
import io.dropwizard.lifecycle.Managed;
import io.dropwizard.lifecycle.setup.LifecycleEnvironment;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does, once, on a background thread while the server starts, what the first requests would
 * otherwise pay for: a database read (the statement parser, the driver's result sets) and the
 * JSON of the API's bodies, read back from what the API writes. The server opens its ports only
 * once it is done, so no request runs beside it. Reads only, in one read-only transaction; a
 * failure is only logged, and the first requests then do the same work.
 */
public final class FirstRequestWarmUp implements Runnable {

    private static final long MAX_WAIT_SECONDS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(FirstRequestWarmUp.class);

    private final Transactor store;

    FirstRequestWarmUp(Transactor store) {
        this.store = store;
    }

    /**
     * Starts the warm-up on a daemon thread and returns at once; {@code lifecycle} waits for it, for
     * at most {@value #MAX_WAIT_SECONDS} s, before the server opens its ports.
     */
    static void start(Transactor store, LifecycleEnvironment lifecycle) {
        Thread thread = new Thread(new FirstRequestWarmUp(store), "first-request-warm-up");
        thread.setDaemon(true);
        thread.start();
        lifecycle.manage(new Managed() {
            @Override
            public void start() throws InterruptedException {
                thread.join(TimeUnit.SECONDS.toMillis(MAX_WAIT_SECONDS));
            }

            @Override
            public String toString() {
                return FirstRequestWarmUp.class.getSimpleName();
            }
        });
    }

    @Override
    public void run() {
        try {
            List<Hero> page = store.inReadOnlyTransaction(work -> {
                work.heroes().findById(HeroId.of(1));
                return work.heroes().findPage(PageRequest.first());
            });
            HeroJson.bytes(page.stream().map(HeroDtoMapper.INSTANCE::toPublic).toList());
            byte[] hero = HeroJson.bytes(new HeroPublic(1, "name", "secret name", 1));
            HeroJson.read(hero, HeroCreate.class);
            HeroJson.read(hero, HeroUpdate.class);
        } catch (RuntimeException e) {
            LOG.debug("Warm-up failed; the first requests will do the work instead", e);
        }
    }
}

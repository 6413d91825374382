package dev.hero.web.internal.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hero.domain.Hero;
import dev.hero.domain.HeroId;
import dev.hero.domain.PageRequest;
import dev.hero.domain.port.Transactor;
import io.dropwizard.lifecycle.Managed;
import io.dropwizard.lifecycle.setup.LifecycleEnvironment;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does, once, on a background thread while the server starts, what the first requests would
 * otherwise pay for: loading and linking the classes of a database read (the statement parser,
 * the driver's result sets) and building the JSON readers and writers of the API's bodies. It
 * runs while Jersey and Jetty initialise, and the server opens its ports only once it is done,
 * so no request ever runs beside it. Reads only, within one read-only transaction; a failure is
 * only logged, and the first requests then do the same work.
 */
public final class FirstRequestWarmUp implements Runnable {

    private static final long MAX_WAIT_SECONDS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(FirstRequestWarmUp.class);

    private final Transactor store;
    private final ObjectMapper json;

    FirstRequestWarmUp(Transactor store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    /**
     * Starts the warm-up on a daemon thread and returns at once; {@code lifecycle} waits for it, for
     * at most {@value #MAX_WAIT_SECONDS} s, before the server opens its ports.
     */
    public static void start(Transactor store, ObjectMapper json, LifecycleEnvironment lifecycle) {
        Thread thread = new Thread(new FirstRequestWarmUp(store, json), "first-request-warm-up");
        thread.setDaemon(true);
        thread.start();
        lifecycle.manage(new Managed() {
            @Override
            public void start() throws InterruptedException {
                thread.join(TimeUnit.SECONDS.toMillis(MAX_WAIT_SECONDS));
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
            List<HeroPublic> bodies = page.stream().map(HeroDtoMapper.INSTANCE::toPublic).toList();
            json.writeValueAsString(bodies);
            json.writeValueAsString(new HeroPublic(1, "name", "secret name", null));
            json.readValue("{\"name\":\"name\",\"secret_name\":\"secret name\",\"age\":1}", HeroCreate.class);
            json.readValue("{\"age\":null}", HeroUpdate.class);
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.debug("Warm-up failed; the first requests will do the work instead", e);
        }
    }
}

package dev.hero.web.internal.http;

import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs when the server begins to stop (on SIGTERM, say), before it waits for requests in flight:
 * operators see why it no longer accepts connections, and tests know when the signal arrived.
 */
public final class ShutdownNotice implements LifeCycle.Listener {

    /** The start of the line logged. */
    public static final String MESSAGE = "Stopping: no new connections";

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownNotice.class);

    private final String gracePeriod;

    public ShutdownNotice(String gracePeriod) {
        this.gracePeriod = gracePeriod;
    }

    @Override
    public void lifeCycleStopping(LifeCycle event) {
        LOG.info(MESSAGE + "; requests in flight have up to {} to finish", gracePeriod);
    }
}

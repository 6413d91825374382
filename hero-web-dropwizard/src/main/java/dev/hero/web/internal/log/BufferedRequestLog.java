package dev.hero.web.internal.log;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request log that costs a request almost nothing: its line ({@link CombinedLogFormat}) is
 * formatted on the thread that answered it and queued without a lock, and one background thread
 * writes everything queued once per flush interval, in as few writes as the lines fit. Request
 * threads never wait for the output and never wake the writer: it wakes on its own. (Logback's
 * asynchronous appender, which Dropwizard's default request log uses, wakes its worker and writes
 * once per request; that cost about a sixth of a {@code GET /heroes/{id}}.)
 *
 * <p>Should the output fall so far behind that {@value #CAPACITY} lines wait, further lines are
 * dropped rather than holding requests up, and how many is logged as a warning. Stopping writes
 * what is queued; a line logged while the log is not running is written at once. A request log of
 * the Jetty server, which starts and stops it with itself.
 */
public final class BufferedRequestLog extends AbstractLifeCycle implements RequestLog {

    static final int CAPACITY = 65_536;
    private static final Logger LOG = LoggerFactory.getLogger(BufferedRequestLog.class);
    private static final int CHUNK_BYTES = 64 * 1024;
    private static final long STOP_WAIT_SECONDS = 5;

    private final CombinedLogFormat format;
    private final long flushIntervalNanos;
    private final Supplier<OutputStream> output;
    private final byte[] separator = System.lineSeparator().getBytes(StandardCharsets.US_ASCII);
    private final Queue<byte[]> queued = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queuedLines = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final byte[] chunk = new byte[CHUNK_BYTES];
    private volatile boolean writerRunning;
    private Thread writer;

    /**
     * A log writing to whatever {@code output} supplies at each write (such as {@code System.out},
     * which tests may replace), with timestamps in {@code zone}.
     */
    public BufferedRequestLog(ZoneId zone, Duration flushInterval, Supplier<OutputStream> output) {
        this.format = new CombinedLogFormat(zone);
        this.flushIntervalNanos = flushInterval.toNanos();
        this.output = output;
    }

    @Override
    public void log(Request request, Response response) {
        enqueue(format.format(request, response, System.currentTimeMillis()));
    }

    void enqueue(String line) {
        if (queuedLines.incrementAndGet() > CAPACITY) {
            queuedLines.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        queued.offer(line.getBytes(StandardCharsets.US_ASCII));
        if (!writerRunning) {
            writeQueued();
        }
    }

    @Override
    protected void doStart() {
        writerRunning = true;
        writer = new Thread(this::writeUntilStopped, "request-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Stops the writer and writes what it left, unless the output keeps it blocked. */
    @Override
    protected void doStop() throws InterruptedException {
        writerRunning = false;
        LockSupport.unpark(writer);
        writer.join(TimeUnit.SECONDS.toMillis(STOP_WAIT_SECONDS));
        if (writer.isAlive()) {
            LOG.warn("The request log's output stayed blocked for {} s; {} lines were not written", STOP_WAIT_SECONDS,
                    queuedLines.get());
        } else {
            writeQueued();
        }
    }

    private void writeUntilStopped() {
        while (writerRunning) {
            LockSupport.parkNanos(this, flushIntervalNanos);
            writeQueued();
        }
    }

    /**
     * Writes every queued line, packed into chunks; the writer's work, or a logging thread's once
     * stopped. An output that fails loses the lines at hand, not the writer.
     */
    synchronized void writeQueued() {
        OutputStream out = output.get();
        int length = 0;
        boolean written = false;
        try {
            for (byte[] line = queued.poll(); line != null; line = queued.poll()) {
                queuedLines.decrementAndGet();
                if (length + line.length + separator.length > chunk.length) {
                    out.write(chunk, 0, length);
                    length = 0;
                    written = true;
                }
                if (line.length + separator.length > chunk.length) {
                    out.write(withSeparator(line));
                    written = true;
                    continue;
                }
                System.arraycopy(line, 0, chunk, length, line.length);
                System.arraycopy(separator, 0, chunk, length + line.length, separator.length);
                length += line.length + separator.length;
            }
            if (length > 0) {
                out.write(chunk, 0, length);
                written = true;
            }
            if (written) {
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not write the request log: {}", e.toString());
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            LOG.warn("{} request log lines were dropped: the output did not keep up", lost);
        }
    }

    private byte[] withSeparator(byte[] line) {
        byte[] whole = Arrays.copyOf(line, line.length + separator.length);
        System.arraycopy(separator, 0, whole, line.length, separator.length);
        return whole;
    }
}

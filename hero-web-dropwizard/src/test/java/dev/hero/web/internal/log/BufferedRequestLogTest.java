package dev.hero.web.internal.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The request log's queue and writer, with lines given directly and an output of the test's own. */
class BufferedRequestLogTest {

    private static final Duration NEVER_WITHIN_A_TEST = Duration.ofHours(1);

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private BufferedRequestLog log;

    @AfterEach
    void stop() throws Exception {
        if (log != null) {
            log.stop();
        }
    }

    private BufferedRequestLog started(Duration flushInterval, OutputStream output) throws Exception {
        log = new BufferedRequestLog(ZoneOffset.UTC, flushInterval, () -> output);
        log.start();
        return log;
    }

    private List<String> lines() {
        synchronized (written) {
            String text = written.toString(StandardCharsets.US_ASCII);
            return text.isEmpty() ? List.of() : List.of(text.split(System.lineSeparator(), -1));
        }
    }

    @Test
    void the_writer_writes_queued_lines_in_order_once_per_flush_interval() throws Exception {
        started(Duration.ofMillis(5), written);

        log.enqueue("first");
        log.enqueue("second");

        assertThat(linesOnceThereAre(3)).containsExactly("first", "second", "");
    }

    @Test
    void an_output_that_fails_loses_the_lines_at_hand_but_not_the_writer() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        OutputStream failingOnce = chunksOnly(() -> {
            if (failed.getCount() > 0) {
                failed.countDown();
                throw new IllegalStateException("output gone for a moment");
            }
        });
        started(Duration.ofMillis(1), failingOnce);
        log.enqueue("lost");
        assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();

        log.enqueue("written after the failure");

        assertThat(linesOnceThereAre(2)).containsExactly("written after the failure", "");
    }

    /** What an output does with each chunk before it is written. */
    private interface BeforeEachChunk {
        void run() throws IOException;
    }

    /** An output that takes whole chunks only, runs {@code before} for each, then writes it. */
    private OutputStream chunksOnly(BeforeEachChunk before) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                throw new UnsupportedOperationException("chunks only");
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                before.run();
                synchronized (written) {
                    written.write(bytes, offset, length);
                }
            }
        };
    }

    /** The lines written so far, once there are {@code count} or ten seconds have passed. */
    private List<String> linesOnceThereAre(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (lines().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return lines();
    }

    @Test
    void stopping_writes_every_line_still_queued() throws Exception {
        started(NEVER_WITHIN_A_TEST, written);
        log.enqueue("answered just before stopping");

        log.stop();

        assertThat(lines()).containsExactly("answered just before stopping", "");
    }

    @Test
    void a_line_logged_while_the_log_is_not_running_is_written_at_once() throws Exception {
        log = new BufferedRequestLog(ZoneOffset.UTC, NEVER_WITHIN_A_TEST, () -> written);

        log.enqueue("before start");

        assertThat(lines()).containsExactly("before start", "");
    }

    @Test
    void a_line_longer_than_a_chunk_is_written_whole_between_its_neighbours() throws Exception {
        started(NEVER_WITHIN_A_TEST, written);
        String longLine = "x".repeat(200_000);
        log.enqueue("short");
        log.enqueue(longLine);
        log.enqueue("after");

        log.stop();

        assertThat(lines()).containsExactly("short", longLine, "after", "");
    }

    @Test
    void when_the_output_blocks_lines_beyond_the_capacity_are_dropped_and_logging_never_waits() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch unblock = new CountDownLatch(1);
        OutputStream blocked = chunksOnly(() -> {
            writing.countDown();
            try {
                unblock.await();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
        });
        started(Duration.ofMillis(1), blocked);
        log.enqueue("taken by the writer");
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> flood = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < BufferedRequestLog.CAPACITY + 10; i++) {
                log.enqueue("line " + i);
            }
        });
        flood.get(10, TimeUnit.SECONDS);
        unblock.countDown();
        log.stop();

        List<String> lines = lines();
        assertThat(lines).hasSize(1 + BufferedRequestLog.CAPACITY + 1);
        assertThat(lines.get(0)).isEqualTo("taken by the writer");
        assertThat(lines.get(BufferedRequestLog.CAPACITY)).isEqualTo("line " + (BufferedRequestLog.CAPACITY - 1));
    }
}

package dev.hero.cli.internal;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar with rate and ETA on stderr when a person is watching, else nothing: pipes and
 * logs only ever see results.
 */
public interface Progress extends AutoCloseable {

    Progress NONE = new Progress() {
        @Override
        public void stepTo(long done) {
        }

        @Override
        public void close() {
        }
    };

    /**
     * A progress bar for {@code task} when {@code interactive}, else {@link #NONE}.
     *
     * @param total how many units there are; negative when unknown
     * @param unit  the unit's name, such as {@code " heroes"} or {@code " MiB"}
     * @param size  how many steps make one unit
     */
    static Progress start(boolean interactive, String task, long total, String unit, long size) {
        if (!interactive) {
            return NONE;
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total < 0 ? -1 : total)
                .setUnit(unit, size)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
        return new Progress() {
            @Override
            public void stepTo(long done) {
                bar.stepTo(done);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }

    /** Reports that {@code done} steps are done so far. */
    void stepTo(long done);

    @Override
    void close();
}

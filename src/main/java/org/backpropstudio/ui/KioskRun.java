package org.backpropstudio.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.fx.FrameLoop;
import org.backpropstudio.ui.fx.FrameStats;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * The scripted run of {@code --exit-after} and {@code --frame-stats}: a frame-loop listener that
 * measures the training speed from the snapshots (steps done over the seconds spent playing),
 * and after the given time writes the frame statistics and asks the app to quit.
 */
final class KioskRun implements FrameLoop.Listener {
    /** Seconds after the first frame that the {@code afterStartup} figures leave out (window set-up, first layout, fonts). */
    static final double STARTUP_SECONDS = 2;

    private final StudioModel model;
    private final FrameStats stats;
    private final double exitAfter;
    private final Path statsFile;
    private final Runnable quit;
    private final FrameStats afterStartup = new FrameStats();
    private double seconds;
    private final Rate whole = new Rate();
    private final Rate afterStartupRate = new Rate();
    private boolean done;
    /** Slices of the bowl shown per second while training, when the bowl window is open; else null. */
    private java.util.function.DoubleSupplier bowlRate;

    KioskRun(StudioModel model, FrameStats stats, double exitAfter, Path statsFile, Runnable quit) {
        this.model = model;
        this.stats = stats;
        this.exitAfter = exitAfter;
        this.statsFile = statsFile;
        this.quit = quit;
    }

    @Override
    public void onFrame(long now, double elapsed) {
        if (done) {
            return;
        }
        seconds += elapsed;
        if (seconds >= STARTUP_SECONDS) {
            afterStartup.frame(now);
            double work = stats.lastWorkMs(); // the frame before this one, complete
            if (Double.isFinite(work)) {
                afterStartup.work(work);
            }
        }
        Snapshot s = model.getSnapshot();
        if (s != null && s.isRunning()) {
            whole.see(s.step(), now);
            if (seconds >= STARTUP_SECONDS) {
                afterStartupRate.see(s.step(), now);
            }
        }
        if (exitAfter > 0 && seconds >= exitAfter) {
            finish();
            quit.run();
        }
    }

    /** Also reports how often the bowl's slice was refreshed while training ({@code bowlRefreshesPerSecond}). */
    void reportBowl(java.util.function.DoubleSupplier refreshesPerSecond) {
        bowlRate = refreshesPerSecond;
    }

    /** Steps done per second of playing, measured from the snapshots so far. */
    double stepsPerSecond() {
        return whole.perSecond();
    }

    /** Steps per second between the first and the last running snapshot seen. */
    private static final class Rate {
        private long firstStep = -1;
        private long firstNanos;
        private long lastStep;
        private long lastNanos;

        void see(long step, long now) {
            if (firstStep < 0) {
                firstStep = step;
                firstNanos = now;
            }
            lastStep = step;
            lastNanos = now;
        }

        double perSecond() {
            return firstStep < 0 || lastNanos <= firstNanos ? 0 : (lastStep - firstStep) / ((lastNanos - firstNanos) / 1e9);
        }
    }

    /** Stops measuring and writes the statistics file once, if one was asked for. */
    void finish() {
        if (!done) {
            done = true;
            write();
        }
    }

    /** Writes the statistics file if one was asked for; problems go to standard error. */
    private void write() {
        if (statsFile == null) {
            return;
        }
        String json = String.format(Locale.ROOT,
                "{ \"frames\": %d, \"medianFrameMs\": %.3f, \"p99FrameMs\": %.3f, \"maxStallMs\": %.3f, \"stepsPerSecond\": %.1f, "
                        + "\"fxWorkMedianMs\": %.3f, \"fxWorkP99Ms\": %.3f, "
                        + "\"afterStartup\": { \"frames\": %d, \"medianFrameMs\": %.3f, \"p99FrameMs\": %.3f, \"maxStallMs\": %.3f, "
                        + "\"stepsPerSecond\": %.1f, \"fxWorkMedianMs\": %.3f, \"fxWorkP99Ms\": %.3f }%s }%n",
                stats.frames(), finite(stats.medianMs()), finite(stats.p99Ms()), stats.maxStallMs(), stepsPerSecond(),
                finite(stats.workQuantileMs(0.5)), finite(stats.workQuantileMs(0.99)),
                afterStartup.frames(), finite(afterStartup.medianMs()), finite(afterStartup.p99Ms()), afterStartup.maxStallMs(),
                afterStartupRate.perSecond(), finite(afterStartup.workQuantileMs(0.5)), finite(afterStartup.workQuantileMs(0.99)),
                bowlRate == null ? "" : String.format(Locale.ROOT, ", \"bowlRefreshesPerSecond\": %.1f", bowlRate.getAsDouble()));
        try {
            Files.writeString(statsFile, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("error: " + statsFile + ": the frame statistics cannot be written (" + e.getMessage() + ")");
        }
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}

package org.backpropstudio.ui.figure;

import java.util.concurrent.locks.LockSupport;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

import atlantafx.base.theme.PrimerLight;

import org.backpropstudio.engine.Trainer.Phase;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.io.Experiment;
import org.backpropstudio.io.ImageFiles;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.session.TrainingSession;
import org.backpropstudio.ui.heatmap.HeatmapFrame;
import org.backpropstudio.ui.heatmap.HeatmapService;
import org.backpropstudio.ui.heatmap.Heatmaps;
import org.backpropstudio.ui.network.PhaseAnimation;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * The studio off screen, for figures: a view model of its own on a manual training session, heat
 * maps of their own, and one view in a scene that is never shown. The thread that uses it (any
 * thread but the FX thread) owns the session: it runs the training and phase commands, waits for
 * the heat maps of each new snapshot, and hands the FX thread one frame at a time on a clock of
 * its own. Nothing depends on how long anything took, so an experiment always gives the same
 * pictures.
 */
final class FigureStudio implements AutoCloseable {
    private static final long SECOND = 1_000_000_000L;
    /** Frames run after each new snapshot, so that layout and drawing have settled. */
    private static final int SETTLE_FRAMES = 4;
    /** Training for a figure publishes at most this many snapshots (each is one point of the loss chart). */
    static final int MAX_SNAPSHOTS = 2000;
    /** How long the heat maps of one snapshot may take. */
    static final long HEATMAP_TIMEOUT_SECONDS = 60;

    private final FigureView view;
    private final HeatmapService service = new HeatmapService();
    private StudioModel model;
    private TrainingSession session;
    private Heatmaps heatmaps;
    private FigureView.Built built;
    private StackPane root;
    /** The frame clock in nanoseconds (FX thread only). */
    private long now;
    /** The theme before this studio set the app's, to put back on close; null if it was the app's already. */
    private String themeBefore;
    private boolean themeSet;

    /** A picture and whether the step-through animation is still moving. */
    record Shot(ImageFiles.Frame frame, boolean moving) {
    }

    private FigureStudio(FigureView view) {
        this.view = view;
    }

    /**
     * Opens {@code e} as the app would and builds {@code view} at {@code width} x {@code height}
     * pixels, its heat maps computed.
     *
     * @param watchedSample the training sample whose numbers the diagram shows (0-based)
     */
    static FigureStudio open(Experiment e, FigureView view, Look look, int width, int height, int watchedSample)
            throws FigureException {
        return open(e, view, look, width, height, watchedSample, null, null);
    }

    /** As {@link #open(Experiment, FigureView, Look, int, int, int)}, the bowl on {@code x} and {@code y} (null: the window's choice). */
    static FigureStudio open(Experiment e, FigureView view, Look look, int width, int height, int watchedSample,
                             ParameterName x, ParameterName y) throws FigureException {
        FigureStudio s = new FigureStudio(view);
        try {
            s.start(e, look, width, height, watchedSample, x, y);
            return s;
        } catch (FigureException | RuntimeException problem) {
            s.close();
            throw problem;
        }
    }

    private void start(Experiment e, Look look, int width, int height, int watchedSample, ParameterName x,
                       ParameterName y) throws FigureException {
        FxCalls.run(() -> {
            String theme = new PrimerLight().getUserAgentStylesheet();
            if (!theme.equals(Application.getUserAgentStylesheet())) {
                themeBefore = Application.getUserAgentStylesheet();
                themeSet = true;
                Application.setUserAgentStylesheet(theme); // the app's theme
            }
            model = new StudioModel((factory, test) -> TrainingSession.manual(factory, test, () -> 0L));
            session = model.session();
            model.load(e);
        });
        session.runPendingCommands();
        FxCalls.run(() -> {
            model.pull();
            Snapshot s = model.getSnapshot();
            if (s.errorCount() > 0) {
                throw new FigureException("the studio cannot open this experiment: " + s.lastError());
            }
            if (watchedSample > 0) {
                model.setWatchedSample(watchedSample);
            }
            heatmaps = new Heatmaps(model, service);
            built = view.build(model, heatmaps, look.text(), x, y);
            root = new StackPane(built.node());
            root.setStyle(look.rootStyle());
            Scene scene = new Scene(root, width, height);
            scene.getStylesheets().setAll(look.stylesheets());
            root.applyCss();
            root.layout();
        });
        settle();
    }

    /**
     * Takes in what the queued commands did: runs them, waits for the heat maps of the new
     * snapshot, and runs a few frames without moving any animation, so everything is drawn.
     */
    void settle() throws FigureException {
        session.runPendingCommands();
        long sequence = FxCalls.call(() -> {
            frame(SECOND, 0); // a second later: any throttle lets the heat maps be asked for at once
            return model.getSnapshot().sequence();
        });
        awaitHeatmaps(sequence);
        awaitView();
        FxCalls.run(() -> {
            for (int i = 0; i < SETTLE_FRAMES; i++) {
                frame(SECOND, 0);
            }
            if (built.dirty().getAsBoolean()) {
                throw new FigureException("the " + view.id() + " view did not finish drawing");
            }
        });
    }

    /** Runs frames until the view's work off the FX thread (the bowl's slice) is done and on screen. */
    private void awaitView() throws FigureException {
        long end = System.nanoTime() + HEATMAP_TIMEOUT_SECONDS * SECOND;
        while (FxCalls.call(() -> {
            frame(SECOND, 0);
            return built.busy().getAsBoolean();
        })) {
            if (System.nanoTime() - end > 0) {
                throw new FigureException("the " + view.id() + " view took longer than " + HEATMAP_TIMEOUT_SECONDS + " s");
            }
            LockSupport.parkNanos(1_000_000); // the sampling threads set no signal; look again shortly
        }
    }

    private void awaitHeatmaps(long sequence) throws FigureException {
        long end = System.nanoTime() + HEATMAP_TIMEOUT_SECONDS * SECOND;
        while (true) {
            HeatmapFrame f = service.latest();
            if (f != null && f.sequence() == sequence) {
                return;
            }
            if (System.nanoTime() - end > 0) {
                throw new FigureException("the heat maps took longer than " + HEATMAP_TIMEOUT_SECONDS + " s");
            }
            LockSupport.parkNanos(200_000); // the heat-map thread sets no signal; look again shortly
        }
    }

    /** One frame of the view, {@code advance} nanoseconds after the last, animations moved by {@code elapsed} seconds. FX thread. */
    private void frame(long advance, double elapsed) {
        now += advance;
        model.pull();
        heatmaps.onFrame(now, elapsed);
        built.frame().onFrame(now, elapsed);
        root.applyCss();
        root.layout();
    }

    /**
     * Trains {@code steps} whole steps; every {@code chunk} steps the view takes in a snapshot
     * (each one a point of the loss chart, as the app's frames would).
     */
    void train(long steps, long chunk) throws FigureException {
        long done = 0;
        while (done < steps) {
            long n = Math.min(chunk, steps - done);
            for (long i = 0; i < n; i++) {
                session.step();
            }
            session.runPendingCommands();
            FxCalls.run(() -> {
                model.pull();
                built.record().run(); // e.g. the bowl's path takes in every snapshot
            });
            done += n;
        }
    }

    /** Runs the engine's next phase (as the diagram's Next phase does) and shows its start. */
    void nextPhase() throws FigureException {
        FxCalls.run(() -> built.stepThrough().nextPhase());
        settle();
    }

    /** Seconds the current phase's animation lasts at its speed. */
    double phaseSeconds(Phase p) throws FigureException {
        return FxCalls.call(() -> {
            PhaseAnimation a = built.stepThrough().animation();
            return a.duration(p) / a.speed();
        });
    }

    /** Moves the animations on by {@code seconds} and takes the picture. */
    Shot advance(double seconds) throws FigureException {
        return FxCalls.call(() -> {
            frame(Math.round(seconds * SECOND), seconds);
            boolean moving = built.stepThrough() != null && built.stepThrough().animation().isRunning();
            return new Shot(FigureExport.capture(root), moving);
        });
    }

    /** The picture as it is now. */
    ImageFiles.Frame capture() throws FigureException {
        return FxCalls.call(() -> FigureExport.capture(root));
    }

    /** The scene's root, holding the view (FX thread; for tests). */
    StackPane root() {
        return root;
    }

    /** The step at which training diverged, or -1 when it did not. */
    long divergedAt() throws FigureException {
        return FxCalls.call(() -> {
            Snapshot s = model.getSnapshot();
            return s.isDiverged() && s.divergence() != null ? s.divergence().step() : -1L;
        });
    }

    @Override
    public void close() {
        service.close();
        if (model == null) {
            return;
        }
        try {
            FxCalls.run(() -> {
                if (built != null) {
                    built.dispose().run();
                }
                model.close();
                if (themeSet) {
                    Application.setUserAgentStylesheet(themeBefore);
                }
            });
        } catch (FigureException e) {
            // nothing more to release: the figure is done or given up
        }
    }
}

package org.backpropstudio.ui;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.backpropstudio.ui.fx.FrameLoop;
import org.backpropstudio.ui.heatmap.Heatmaps;
import org.backpropstudio.ui.shell.MainWindow;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * Shows the window once it has something to show. While the stage is still hidden it pulls the
 * newest snapshot, lets the bowl ask the training thread to record its two parameters, and asks
 * for the heat maps of that snapshot, every pulse (the FX thread never waits for them). When the
 * heat maps of the newest snapshot are in, or after at most {@link #MAX_WAIT_NANOS}, it lets the
 * views draw, renders the scene off screen a few times so the renderer's code is compiled by
 * then, builds the bowl window (hidden), shows the stage and hands over to the frame loop; so
 * the first frames have nothing new to draw. Then {@code afterShown} runs (autoplay, the bowl
 * window) one frame later, after the window's first paint has been handed to the renderer, so
 * that paint does not share the cores with the training thread.
 *
 * <p>Drawn cold, with the heat maps arriving during the first frames, the window's first paint
 * held the FX thread for 400 to 460 ms on a slow machine with software rendering.
 */
final class Opening extends AnimationTimer {
    /** The longest the window waits for the first heat maps before it shows anyway. */
    static final long MAX_WAIT_NANOS = 1_500_000_000L;
    /** Off-screen frames before the window shows (3; {@code -Dbackprop.warmUpFrames=0} to measure without). */
    static final int WARM_UP_FRAMES = Integer.getInteger("backprop.warmUpFrames", 3);

    private final Stage stage;
    private final StudioModel model;
    private final Heatmaps heatmaps;
    private final MainWindow window;
    private final FrameLoop loop;
    private final Runnable afterShown;
    private long first = Long.MIN_VALUE;

    Opening(Stage stage, StudioModel model, Heatmaps heatmaps, MainWindow window, FrameLoop loop, Runnable afterShown) {
        this.stage = stage;
        this.model = model;
        this.heatmaps = heatmaps;
        this.window = window;
        this.loop = loop;
        this.afterShown = afterShown;
    }

    /** Whether the heat maps of the newest snapshot are in (so the first frames have nothing new to draw). */
    private boolean ready() {
        return heatmaps.getFrame() != null && model.getSnapshot() != null
                && heatmaps.getFrame().sequence() == model.getSnapshot().sequence();
    }

    @Override
    public void handle(long now) {
        if (first == Long.MIN_VALUE) {
            first = now;
        }
        model.pull();
        window.bowl().onFrame(now, 0); // asks the training thread to record the bowl's two parameters: a new snapshot
        heatmaps.onFrame(now, 0);
        if (!ready() && now - first < MAX_WAIT_NANOS) {
            return; // still hidden; the next pulse looks again
        }
        stop();
        Scene scene = stage.getScene();
        for (int i = 0; i < WARM_UP_FRAMES; i++) {
            window.onFrame(System.nanoTime(), 0);
            scene.snapshot(null);
        }
        window.bowl().prepare(); // so that opening it (B) is quick later
        stage.show();
        loop.add(new FrameLoop.Listener() {
            private int frames;

            @Override
            public void onFrame(long t, double elapsed) {
                if (++frames == 2) {
                    loop.remove(this);
                    afterShown.run();
                }
            }
        });
        loop.start();
    }
}

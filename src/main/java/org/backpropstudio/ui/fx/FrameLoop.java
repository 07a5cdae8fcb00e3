package org.backpropstudio.ui.fx;

import java.util.ArrayList;
import java.util.List;

import javafx.animation.AnimationTimer;

/**
 * The one frame loop of the app (an {@link AnimationTimer} on the FX thread). Every frame it
 * calls its listeners in order with the frame time and the time since the last frame; they
 * pull the newest snapshot and heat maps, advance animations and redraw what is dirty. It also
 * feeds {@link FrameStats} (intervals, and with {@link #frameWorked} the FX thread's work per frame).
 */
public final class FrameLoop {

    /** Something that runs once per frame on the FX thread. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param now     frame time in nanoseconds (as {@link AnimationTimer#handle} gives it)
         * @param elapsed seconds since the previous frame (0 on the first)
         */
        void onFrame(long now, double elapsed);
    }

    private final List<Listener> listeners = new ArrayList<>();
    private final FrameStats stats = new FrameStats();
    private long last = -1;
    /** System.nanoTime() when the frame being worked on began, or MIN_VALUE between frames. */
    private long workStart = Long.MIN_VALUE;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };

    public void add(Listener l) {
        listeners.add(l);
    }

    public void remove(Listener l) {
        listeners.remove(l);
    }

    public FrameStats stats() {
        return stats;
    }

    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /** Runs one frame; public so tests can drive the loop without the toolkit's timer. */
    public void frame(long now) {
        workStart = System.nanoTime();
        double elapsed = last < 0 ? 0 : (now - last) / 1e9;
        last = now;
        stats.frame(now);
        for (Listener l : List.copyOf(listeners)) {
            l.onFrame(now, elapsed);
        }
    }

    /**
     * The pulse's CSS and layout are done and the frame goes to the renderer: records how long
     * the FX thread worked on it since {@link #frame}. Register it as the scene's post-layout
     * pulse listener; pulses without a frame of this loop are not counted.
     */
    public void frameWorked() {
        if (workStart != Long.MIN_VALUE) {
            stats.work((System.nanoTime() - workStart) / 1e6);
            workStart = Long.MIN_VALUE;
        }
    }
}

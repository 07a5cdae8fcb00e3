package org.backpropstudio.ui.fx;

/**
 * One heavy canvas redraw per frame while training runs. In software rendering a redrawn
 * diagram, output heat map or loss chart each cost tens of milliseconds to paint; when several
 * land in the same frame the window stalls. Views that redraw on their own schedule claim the
 * frame first; the others wait for the next frame, which is 16 ms away. A new frame time frees
 * the budget, so nothing needs to reset it. FX thread only.
 *
 * <p>Views that name themselves ({@link #claim(long, Object)}) take turns: a view refused a frame
 * is owed the next one it asks for, so a view that wants every frame (when frames come slower
 * than it likes to redraw, e.g. on a busy machine) cannot starve the others.
 */
public final class FrameBudget {
    private static long frame = Long.MIN_VALUE;
    private static long previousFrame = Long.MIN_VALUE;
    private static boolean spent;
    /** The view refused longest ago that is still asking, or null. */
    private static Object owed;
    /** The frame in which {@link #owed} last asked. */
    private static long owedAsked;

    private FrameBudget() {
    }

    /** Takes the heavy redraw of the frame at {@code now}; false when another view already took it. */
    public static boolean claim(long now) {
        return claim(now, null);
    }

    /**
     * Takes the heavy redraw of the frame at {@code now} for {@code who}; false when another
     * view took it, or when the frame is owed to a view refused before. A view owed a frame
     * that stops asking (it no longer needs to redraw) gives up its turn after one frame.
     */
    public static boolean claim(long now, Object who) {
        if (now != frame) {
            previousFrame = frame;
            frame = now;
            spent = false;
            if (owed != null && owedAsked != previousFrame && owedAsked != now) {
                owed = null; // it stopped asking
            }
        }
        if (who != null && who == owed) {
            owedAsked = now;
        }
        if (spent || owed != null && who != owed) {
            if (owed == null && who != null) {
                owed = who;
                owedAsked = now;
            }
            return false;
        }
        spent = true;
        if (who != null && who == owed) {
            owed = null;
        }
        return true;
    }
}

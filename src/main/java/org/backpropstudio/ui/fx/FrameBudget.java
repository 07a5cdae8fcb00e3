package org.backpropstudio.ui.fx;

/**
 * One heavy canvas redraw per frame while training runs. In software rendering a redrawn
 * diagram, output heat map or loss chart each cost tens of milliseconds to paint; when several
 * land in the same frame the window stalls. Views that redraw on their own schedule claim the
 * frame first; the others wait for the next frame, which is 16 ms away. A new frame time frees
 * the budget, so nothing needs to reset it. FX thread only.
 */
public final class FrameBudget {
    private static long frame = Long.MIN_VALUE;
    private static boolean spent;

    private FrameBudget() {
    }

    /** Takes the heavy redraw of the frame at {@code now}; false when another view already took it. */
    public static boolean claim(long now) {
        if (now != frame) {
            frame = now;
            spent = false;
        }
        if (spent) {
            return false;
        }
        spent = true;
        return true;
    }
}

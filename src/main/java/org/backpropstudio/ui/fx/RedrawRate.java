package org.backpropstudio.ui.fx;

/**
 * When a view redraws: what the learner did (an edit, a hover, a new size) at the next frame;
 * what streams in while training (snapshots, heat maps) at most {@code perSecond} times a
 * second. Pure: frame times in, decisions out, so tests drive it without the toolkit. The view
 * starts out dirty, so its first frame draws.
 */
public final class RedrawRate {
    private long interval;
    private boolean dirty = true;
    private boolean stale;
    private boolean drawnOnce;
    private long last;

    /** @param perSecond the most redraws a second for {@link #stale} changes (positive) */
    public RedrawRate(double perSecond) {
        interval = intervalOf(perSecond);
    }

    /** Changes the most redraws a second for {@link #stale} changes (positive). */
    public void setPerSecond(double perSecond) {
        interval = intervalOf(perSecond);
    }

    private static long intervalOf(double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("redraws per second must be positive, got " + perSecond);
        }
        return Math.round(1e9 / perSecond);
    }

    /** Something the learner sees changed: redraw at the next frame. */
    public void dirty() {
        dirty = true;
    }

    /** Something streamed in: redraw when the rate allows. */
    public void stale() {
        stale = true;
    }

    /** Whether a redraw is due at frame time {@code now} (nanoseconds), without counting it as drawn. */
    public boolean pending(long now) {
        return dirty || stale && (!drawnOnce || now - last >= interval);
    }

    /** Whether something the learner did waits to be drawn (it is due at once). */
    public boolean isDirty() {
        return dirty;
    }

    /** Whether anything waits to be drawn, due now or later. */
    public boolean pending() {
        return dirty || stale;
    }

    /** Whether a redraw is due at {@code now}; if so it counts as drawn. */
    public boolean due(long now) {
        if (!pending(now)) {
            return false;
        }
        drawn(now);
        return true;
    }

    /** The view was drawn at {@code now} (on schedule or not): nothing waits any more. */
    public void drawn(long now) {
        last = now;
        drawnOnce = true;
        dirty = false;
        stale = false;
    }
}

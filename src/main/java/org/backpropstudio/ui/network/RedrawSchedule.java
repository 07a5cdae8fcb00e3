package org.backpropstudio.ui.network;

import org.backpropstudio.ui.fx.RedrawRate;

/**
 * When the diagram redraws. What a learner did (hover, an edit, a new size or shape) is drawn
 * at the next frame; what streams in while training (snapshots, heat maps) at most
 * {@code perSecond} times a second; new weights, whose edges are the costliest strokes, at most
 * {@code edgesPerSecond} times a second. Pure: frame times in, decisions out, so tests drive it
 * without the toolkit.
 */
final class RedrawSchedule {
    /** {@link #due} flag: redraw the units, labels and the rest. */
    static final int UNITS = 1;
    /** {@link #due} flag: redraw the edges too. */
    static final int EDGES = 2;

    private final RedrawRate units;
    private final RedrawRate edges;

    RedrawSchedule(double perSecond, double edgesPerSecond) {
        units = new RedrawRate(perSecond);
        edges = new RedrawRate(edgesPerSecond);
    }

    /** Changes the most edge redraws a second for new weights. */
    void setEdgesPerSecond(double perSecond) {
        edges.setPerSecond(perSecond);
    }

    /** Something the learner sees changed: redraw at the next frame. */
    void dirty() {
        units.dirty();
    }

    /** The edges' geometry or colours changed: redraw them at the next frame. */
    void edgesDirty() {
        edges.dirty();
    }

    /** A new snapshot or new heat maps arrived: redraw when the rate allows. */
    void stale() {
        units.stale();
    }

    /** New weights arrived: redraw the edges when their rate allows. */
    void edgesStale() {
        edges.stale();
    }

    /** Whether {@link #due} would draw anything at {@code now}, without counting it as drawn. */
    boolean pending(long now, boolean together) {
        return edges.pending(now) || (together ? units.isDirty() : units.pending(now));
    }

    /**
     * What to draw at frame time {@code now} (nanoseconds): 0, or {@link #UNITS} possibly with
     * {@link #EDGES}. Whatever it returns counts as drawn. Redrawn edges take the units along.
     * With {@code together} (while training streams in) what streamed in for the units waits
     * for the edges' turn, so both change in the same frame; what the learner did is still
     * drawn at once.
     */
    int due(long now, boolean together) {
        if (edges.due(now)) {
            units.drawn(now);
            return UNITS | EDGES;
        }
        if (together && !units.isDirty()) {
            return 0;
        }
        return units.due(now) ? UNITS : 0;
    }

    /** Everything was just drawn outside the schedule. */
    void drawn(long now) {
        units.drawn(now);
        edges.drawn(now);
    }

    /** Whether anything waits to be drawn. */
    boolean pending() {
        return units.pending() || edges.pending();
    }
}

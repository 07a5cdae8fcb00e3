package org.backpropstudio.ui.network;

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

    private final long interval;
    private final long edgeInterval;
    private boolean dirty = true;
    private boolean stale;
    private boolean edgesDirty = true;
    private boolean edgesStale;
    private long last = -1;
    private long lastEdges = -1;

    RedrawSchedule(double perSecond, double edgesPerSecond) {
        interval = Math.round(1e9 / perSecond);
        edgeInterval = Math.round(1e9 / edgesPerSecond);
    }

    /** Something the learner sees changed: redraw at the next frame. */
    void dirty() {
        dirty = true;
    }

    /** The edges' geometry or colours changed: redraw them at the next frame. */
    void edgesDirty() {
        edgesDirty = true;
    }

    /** A new snapshot or new heat maps arrived: redraw when the rate allows. */
    void stale() {
        stale = true;
    }

    /** New weights arrived: redraw the edges when their rate allows. */
    void edgesStale() {
        edgesStale = true;
    }

    /** Whether {@link #due} would draw anything at {@code now}, without counting it as drawn. */
    boolean pending(long now) {
        return edgesDirty || dirty || edgesStale && (lastEdges < 0 || now - lastEdges >= edgeInterval)
                || stale && (last < 0 || now - last >= interval);
    }

    /**
     * What to draw at frame time {@code now} (nanoseconds): 0, or {@link #UNITS} possibly with
     * {@link #EDGES}. Whatever it returns counts as drawn.
     */
    int due(long now) {
        boolean edges = edgesDirty || edgesStale && (lastEdges < 0 || now - lastEdges >= edgeInterval);
        boolean units = edges || dirty || stale && (last < 0 || now - last >= interval);
        if (!units) {
            return 0;
        }
        last = now;
        dirty = false;
        stale = false;
        if (edges) {
            lastEdges = now;
            edgesDirty = false;
            edgesStale = false;
        }
        return edges ? UNITS | EDGES : UNITS;
    }

    /** Everything was just drawn outside the schedule. */
    void drawn(long now) {
        last = now;
        lastEdges = now;
        dirty = false;
        stale = false;
        edgesDirty = false;
        edgesStale = false;
    }

    /** Whether anything waits to be drawn. */
    boolean pending() {
        return dirty || stale || edgesDirty || edgesStale;
    }
}

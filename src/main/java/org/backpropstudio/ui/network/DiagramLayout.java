package org.backpropstudio.ui.network;

/**
 * Where everything of the network diagram goes in a rectangle of a given size: the rows of
 * controls and titles at the top, one column of units per layer (the inputs first), each
 * unit's bias badge, and the footer row. Pure geometry in pixels, no toolkit, so the
 * animations of later passes can reuse it and tests can check it.
 *
 * <p>All lengths derive from {@code em}, the label font's size, so a larger root font (a
 * projector) makes the whole diagram's furniture larger while the columns still fit.
 */
public final class DiagramLayout {
    /** The largest unit radius, in em. */
    public static final double MAX_RADIUS_EM = 2.4;
    /** The smallest unit radius, in pixels, however crowded the diagram is. */
    public static final double MIN_RADIUS = 3;

    private final double width;
    private final double height;
    private final double em;
    private final int[] units;
    private final double[] columnX;
    private final double[][] unitY;
    private final double radius;
    private final double biasSide;
    private final double layerRowY;
    private final double unitRowY;
    private final double titleY;
    private final double footerY;
    private final double diagramTop;
    private final double diagramBottom;

    private DiagramLayout(int[] units, double width, double height, double em) {
        this.units = units.clone();
        this.width = width;
        this.height = height;
        this.em = em;
        int columns = units.length;
        // rows from the top: the layer control, the unit controls, the column titles
        layerRowY = em * 1.4;
        unitRowY = em * 3.9;
        titleY = em * 5.9;
        diagramTop = em * 7.0;
        footerY = height - em * 1.5;
        diagramBottom = Math.max(diagramTop, height - em * 3.2);
        double diagramHeight = diagramBottom - diagramTop;
        // room on the left for input labels such as "sin x1", on the right for the output's
        double left = em * 4.2;
        double right = width - em * 2.6;
        int tallest = 1;
        for (int n : units) {
            tallest = Math.max(tallest, n);
        }
        double columnGap = (right - left) / Math.max(1, columns - 1);
        double rowGap = diagramHeight / tallest;
        double r = Math.min(em * MAX_RADIUS_EM, Math.min(rowGap * 0.38, columnGap * 0.2));
        radius = Math.max(MIN_RADIUS, r);
        biasSide = Math.max(Math.min(radius * 0.5, em * 0.8), Math.min(em * 0.45, radius * 0.7));
        // the columns' outermost circles touch the side margins, not the margins' centres
        double firstX = left + radius;
        double lastX = Math.max(firstX, right - radius);
        columnX = new double[columns];
        unitY = new double[columns][];
        double middle = (diagramTop + diagramBottom) / 2;
        for (int c = 0; c < columns; c++) {
            columnX[c] = columns == 1 ? (firstX + lastX) / 2 : firstX + (lastX - firstX) * c / (columns - 1);
            int n = units[c];
            unitY[c] = new double[n];
            for (int j = 0; j < n; j++) {
                unitY[c][j] = middle + rowGap * (j - (n - 1) / 2.0);
            }
        }
    }

    /**
     * @param unitsPerColumn units of each column: inputs, hidden layers, outputs (at least 1 each)
     * @param width          width of the view in pixels
     * @param height         height of the view in pixels
     * @param em             the label font's size in pixels
     */
    public static DiagramLayout of(int[] unitsPerColumn, double width, double height, double em) {
        if (unitsPerColumn.length < 2) {
            throw new IllegalArgumentException("a diagram has an input column and an output column");
        }
        if (!(em > 0)) {
            throw new IllegalArgumentException("em must be positive, got " + em);
        }
        return new DiagramLayout(unitsPerColumn, Math.max(0, width), Math.max(0, height), em);
    }

    public double width() { return width; }
    public double height() { return height; }
    public double em() { return em; }

    /** Number of columns: the inputs, every hidden layer and the outputs. */
    public int columns() { return columnX.length; }

    /** Units in a column. */
    public int units(int column) { return units[column]; }

    /** Whether the layout was made for these units per column. */
    public boolean isFor(int[] unitsPerColumn) { return java.util.Arrays.equals(units, unitsPerColumn); }

    public double x(int column) { return columnX[column]; }

    public double y(int column, int unit) { return unitY[column][unit]; }

    /** Radius of every unit's circle. */
    public double radius() { return radius; }

    /** Horizontal distance between neighbouring columns' centres (the width of one column's strip). */
    public double columnGap() {
        return columns() < 2 ? width : columnX[1] - columnX[0];
    }

    /** Centre y of the row holding the "+/- layer" control. */
    public double layerRowY() { return layerRowY; }

    /** Centre y of the row holding each hidden layer's "+/- unit" buttons. */
    public double unitRowY() { return unitRowY; }

    /** Centre y of the column titles ("4 units", "output"). */
    public double titleY() { return titleY; }

    /** Centre y of the footer (legend and the watched sample). */
    public double footerY() { return footerY; }

    /** Top of the area the units live in. */
    public double diagramTop() { return diagramTop; }

    /** Bottom of the area the units live in. */
    public double diagramBottom() { return diagramBottom; }

    /** Side of the square badge that shows a unit's bias. */
    public double biasSide() { return biasSide; }

    /** Left edge of the bias badge of a unit (columns 1 and on), at the lower left of its circle. */
    public double biasLeft(int column, int unit) {
        return x(column) - radius * 0.72 - biasSide;
    }

    /** Top edge of the bias badge of a unit. */
    public double biasTop(int column, int unit) {
        return y(column, unit) + radius * 0.72;
    }

    /**
     * x of the point a fraction {@code t} along the edge into unit {@code unit} of {@code column}
     * from unit {@code from} of the column before (0 at the source's centre, 1 at the target's):
     * where a pulse of the forward (t rising) or backward (t falling) pass is drawn.
     */
    public double edgeX(int column, int unit, int from, double t) {
        return x(column - 1) + t * (x(column) - x(column - 1));
    }

    /** y of the point a fraction {@code t} along an edge; see {@link #edgeX}. */
    public double edgeY(int column, int unit, int from, double t) {
        return y(column - 1, from) + t * (y(column, unit) - y(column - 1, from));
    }

    /** The fraction along an edge at which it leaves its source's circle (where a pulse appears). */
    public double edgeStart(int column, int unit, int from) {
        double length = Math.hypot(x(column) - x(column - 1), y(column, unit) - y(column - 1, from));
        return length == 0 ? 0 : Math.min(0.5, radius / length);
    }

    /** Whether a point lies inside the unit's circle (with {@code slack} extra pixels). */
    public boolean inUnit(int column, int unit, double px, double py, double slack) {
        double dx = px - x(column);
        double dy = py - y(column, unit);
        double r = radius + slack;
        return dx * dx + dy * dy <= r * r;
    }

    /** Whether a point lies on the unit's bias badge (with {@code slack} extra pixels). */
    public boolean inBias(int column, int unit, double px, double py, double slack) {
        double l = biasLeft(column, unit) - slack;
        double t = biasTop(column, unit) - slack;
        double s = biasSide + 2 * slack;
        return px >= l && px <= l + s && py >= t && py <= t + s;
    }
}

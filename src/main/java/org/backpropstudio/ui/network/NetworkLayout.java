package org.backpropstudio.ui.network;

/**
 * Where the units of a network go in a rectangle: one column per layer (the inputs first),
 * columns evenly spaced, each column's units centred vertically. Plain geometry, no toolkit.
 *
 * @param columnX  x of each column's centre
 * @param unitY    y of each unit's centre, {@code unitY[column][unit]}
 * @param radius   radius of every unit's circle
 */
public record NetworkLayout(double[] columnX, double[][] unitY, double radius) {

    /** Largest circle radius, in pixels, whatever the room. */
    public static final double MAX_RADIUS = 30;

    /**
     * @param unitsPerColumn units of each column, inputs first
     * @param left           left edge of the drawing area
     * @param top            top edge of the drawing area
     * @param width          width of the drawing area (at least 0)
     * @param height         height of the drawing area (at least 0)
     */
    public static NetworkLayout of(int[] unitsPerColumn, double left, double top, double width, double height) {
        int columns = unitsPerColumn.length;
        int tallest = 1;
        for (int n : unitsPerColumn) {
            tallest = Math.max(tallest, n);
        }
        double columnGap = width / columns;
        double rowGap = height / tallest;
        double radius = Math.max(2, Math.min(MAX_RADIUS, Math.min(columnGap * 0.12, rowGap * 0.3)));

        double[] x = new double[columns];
        double[][] y = new double[columns][];
        for (int c = 0; c < columns; c++) {
            x[c] = left + columnGap * (c + 0.5);
            int n = unitsPerColumn[c];
            y[c] = new double[n];
            double first = top + height / 2 - rowGap * (n - 1) / 2;
            for (int j = 0; j < n; j++) {
                y[c][j] = first + rowGap * j;
            }
        }
        return new NetworkLayout(x, y, radius);
    }

    public int columns() {
        return columnX.length;
    }

    public double x(int column) {
        return columnX[column];
    }

    public double y(int column, int unit) {
        return unitY[column][unit];
    }
}

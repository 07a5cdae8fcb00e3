package org.backpropstudio.ui.fx;

/**
 * Where a data rectangle lies on screen: {@code x} in [xMin, xMax] runs left to right over
 * [left, left + width], {@code y} in [yMin, yMax] runs bottom to top over [top + height, top].
 * Converts both ways; pure arithmetic, so the click-to-point maths is tested without JavaFX.
 */
public record PlotArea(double left, double top, double width, double height,
                       double xMin, double xMax, double yMin, double yMax) {

    public PlotArea {
        if (!(xMax > xMin) || !(yMax > yMin)) {
            throw new IllegalArgumentException("empty data range [" + xMin + ", " + xMax + "] x [" + yMin + ", " + yMax + "]");
        }
    }

    /**
     * The largest square that fits in the given box, centred across and at the top of it (spare
     * height stays below, where the controls under a plot follow), showing [min, max] on both axes.
     */
    public static PlotArea square(double left, double top, double width, double height, double min, double max) {
        double side = Math.max(0, Math.min(width, height));
        return new PlotArea(left + (width - side) / 2, top, side, side, min, max, min, max);
    }

    public double right() { return left + width; }

    public double bottom() { return top + height; }

    /** Screen x of data x. */
    public double toPixelX(double x) {
        return left + (x - xMin) / (xMax - xMin) * width;
    }

    /** Screen y of data y (larger y is higher up). */
    public double toPixelY(double y) {
        return top + (yMax - y) / (yMax - yMin) * height;
    }

    /** Data x at screen x. */
    public double toDataX(double px) {
        return xMin + (px - left) / width * (xMax - xMin);
    }

    /** Data y at screen y. */
    public double toDataY(double py) {
        return yMax - (py - top) / height * (yMax - yMin);
    }

    /** Data units per pixel along x (for turning a pick radius in pixels into data units). */
    public double dataPerPixelX() {
        return (xMax - xMin) / width;
    }

    /** Whether the screen point lies on the plot (edges included). */
    public boolean contains(double px, double py) {
        return px >= left && px <= right() && py >= top && py <= bottom();
    }

    /** Whether the plot has room to draw in. */
    public boolean isVisible() {
        return width >= 1 && height >= 1;
    }
}

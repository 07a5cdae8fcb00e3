package org.backpropstudio.ui.bowl;

import java.util.List;

import org.backpropstudio.surface.SurfaceGrid;

/**
 * A slice ready to draw, computed off the FX thread; immutable by convention (nothing changes
 * its arrays after it is published).
 *
 * @param serial   the number of the request it answers (increasing)
 * @param version  the {@link BowlModel#getVersion()} it was asked for; older versions are out of date
 * @param mode     the kind of plane
 * @param step     the training step of the network it was sampled around
 * @param window   the square of the plane it covers
 * @param grid     the loss on the grid, in the plane's coordinates (parameter values, or α and β)
 * @param scale    heights, colours and contour levels of the loss
 * @param contours the contour lines at {@code scale}'s levels
 * @param field    the negative gradient at every grid point
 * @param pathX    for a plane of directions: the path projected onto it, current point last; else empty
 * @param pathY    the second coordinates of those points
 * @param offPlane for a plane of directions: each point's distance from the plane; else empty
 * @param millis   how long sampling took
 */
public record BowlFrame(long serial, long version, BowlMode mode, long step, SliceWindow window, SurfaceGrid grid,
                        HeightScale scale, List<Contours.Contour> contours, GradientField field,
                        double[] pathX, double[] pathY, double[] offPlane, double millis) {

    /**
     * Whether there is a slice to draw; false for principal directions before the path has
     * moved in two directions.
     */
    public boolean ready() {
        return grid != null;
    }

    /** {row, column} of the lowest grid point, or null when there is none. */
    public int[] lowest() {
        return grid == null ? null : grid.lowest();
    }

    /** The largest distance of the path from the plane (0 for a plane of two parameters). */
    public double maxOffPlane() {
        double m = 0;
        for (double d : offPlane) {
            if (Double.isFinite(d)) {
                m = Math.max(m, d);
            }
        }
        return m;
    }
}

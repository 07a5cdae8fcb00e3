package org.backpropstudio.ui.bowl;

/**
 * The bowl's own 3-D projection onto a canvas (the software pipeline has no JavaFX 3-D). A loss
 * surface lives in a box: the two parameters x and y run over [-1, 1] (box coordinates u and v),
 * the height w over [-{@link #HEIGHT}, {@link #HEIGHT}]. The box turns by {@code yaw} about the
 * vertical axis and is seen from {@code pitch} degrees above the horizon (90 looks straight
 * down), orthographically or with a mild perspective, then scaled by {@code zoom} into a
 * viewport. Screen x grows to the right, screen y downwards; the depth grows away from the
 * viewer, so drawing far to near (largest depth first) paints the near faces last.
 * Immutable and free of JavaFX: the tests check where known points land.
 */
public final class Projection {
    /** Half the height of the box, in the units where x and y span [-1, 1]. */
    public static final double HEIGHT = 0.7;
    public static final double DEFAULT_YAW = -35;
    public static final double DEFAULT_PITCH = 30;
    /** Perspective strength of the default view: a far corner appears about a sixth smaller. */
    public static final double DEFAULT_PERSPECTIVE = 0.12;
    public static final double MIN_PITCH = 0;
    public static final double MAX_PITCH = 90;
    public static final double MIN_ZOOM = 0.4;
    public static final double MAX_ZOOM = 4;

    private final double yaw;
    private final double pitch;
    private final double zoom;
    private final double perspective;
    private final double centreX;
    private final double centreY;
    private final double scale;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    // cached trigonometry
    private final double cy;
    private final double sy;
    private final double cp;
    private final double sp;

    private Projection(double yaw, double pitch, double zoom, double perspective, double centreX, double centreY,
                       double scale, double xMin, double xMax, double yMin, double yMax) {
        this.yaw = normalizeYaw(yaw);
        this.pitch = Math.max(MIN_PITCH, Math.min(MAX_PITCH, pitch));
        this.zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
        if (!(perspective >= 0 && perspective < 0.5)) {
            throw new IllegalArgumentException("perspective must be in [0, 0.5), got " + perspective);
        }
        if (!(xMax > xMin) || !(yMax > yMin)) {
            throw new IllegalArgumentException("empty bounds [" + xMin + ", " + xMax + "] x [" + yMin + ", " + yMax + "]");
        }
        this.perspective = perspective;
        this.centreX = centreX;
        this.centreY = centreY;
        this.scale = scale;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        double a = Math.toRadians(this.yaw);
        double b = Math.toRadians(this.pitch);
        cy = Math.cos(a);
        sy = Math.sin(a);
        cp = Math.cos(b);
        sp = Math.sin(b);
    }

    /** The default view of the box [-1, 1]^2 in a viewport of 1 x 1 pixels (set the real one with {@link #fit}). */
    public static Projection standard() {
        return new Projection(DEFAULT_YAW, DEFAULT_PITCH, 1, DEFAULT_PERSPECTIVE, 0.5, 0.5, 0.25, -1, 1, -1, 1);
    }

    /** A view with exactly these numbers (for tests): box units times {@code scale} pixels, around (centreX, centreY). */
    public static Projection of(double yaw, double pitch, double zoom, double perspective, double centreX, double centreY, double scale) {
        return new Projection(yaw, pitch, zoom, perspective, centreX, centreY, scale, -1, 1, -1, 1);
    }

    private static double normalizeYaw(double yaw) {
        double y = yaw % 360;
        if (y > 180) {
            y -= 360;
        } else if (y <= -180) {
            y += 360;
        }
        return y;
    }

    public double yaw() { return yaw; }
    public double pitch() { return pitch; }
    public double zoom() { return zoom; }
    public double perspective() { return perspective; }
    public double centreX() { return centreX; }
    public double centreY() { return centreY; }
    /** Pixels per box unit at zoom 1. */
    public double scale() { return scale; }

    /** This view turned to the given angles (pitch clamped to [0, 90], yaw wrapped to (-180, 180]). */
    public Projection withAngles(double yawDegrees, double pitchDegrees) {
        return new Projection(yawDegrees, pitchDegrees, zoom, perspective, centreX, centreY, scale, xMin, xMax, yMin, yMax);
    }

    /** This view turned further by the given degrees. */
    public Projection rotated(double dYaw, double dPitch) {
        return withAngles(yaw + dYaw, pitch + dPitch);
    }

    /** This view at another zoom (clamped to [{@link #MIN_ZOOM}, {@link #MAX_ZOOM}]). */
    public Projection withZoom(double z) {
        return new Projection(yaw, pitch, z, perspective, centreX, centreY, scale, xMin, xMax, yMin, yMax);
    }

    public Projection withPerspective(double p) {
        return new Projection(yaw, pitch, zoom, p, centreX, centreY, scale, xMin, xMax, yMin, yMax);
    }

    /** This view with the data rectangle [xMin, xMax] x [yMin, yMax] mapped onto the box's floor. */
    public Projection withBounds(double x0, double x1, double y0, double y1) {
        return new Projection(yaw, pitch, zoom, perspective, centreX, centreY, scale, x0, x1, y0, y1);
    }

    /**
     * This view centred in a viewport at (left, top) of the given size, scaled so that the box
     * fits at zoom 1 from every yaw at this pitch (it keeps its size while it turns about the
     * vertical axis).
     */
    public Projection fit(double left, double top, double width, double height) {
        double p = Math.toRadians(pitch);
        double across = Math.sqrt(2); // half the floor's diagonal
        double up = Math.sqrt(2) * Math.sin(p) + HEIGHT * Math.cos(p); // half the box's height on screen, at most
        double nearest = Math.sqrt(2) * Math.cos(p) + HEIGHT * Math.sin(p); // the nearest corner's distance in front
        double grow = 1 / (1 - perspective * nearest);
        double s = Math.max(0, Math.min(width / (2 * across), height / (2 * up)) / grow);
        return new Projection(yaw, pitch, zoom, perspective, left + width / 2, top + height / 2, s, xMin, xMax, yMin, yMax);
    }

    /**
     * Projects box coordinates: u and v in [-1, 1] across the floor, w in [-HEIGHT, HEIGHT] up.
     * Writes screen x, screen y and depth into {@code out} (length at least 3) and returns it.
     */
    public double[] box(double u, double v, double w, double[] out) {
        // turn about the vertical axis
        double x1 = u * cy - v * sy;
        double y1 = u * sy + v * cy;
        // camera raised by pitch, looking at the centre: up on screen and depth into it
        double up = y1 * sp + w * cp;
        double depth = y1 * cp - w * sp;
        double k = scale * zoom / (1 + perspective * depth);
        out[0] = centreX + k * x1;
        out[1] = centreY - k * up;
        out[2] = depth;
        return out;
    }

    /**
     * Projects a data point: x and y in the bounds given by {@link #withBounds}, and the height as
     * a fraction {@code t} of the box (0 on the floor, 1 at the top).
     */
    public double[] data(double x, double y, double t, double[] out) {
        return box(u(x), v(y), w(t), out);
    }

    /**
     * How far data point (x, y) lies from the viewer along the horizontal view direction (the
     * floor's depth, whatever the height): the order in which a height field seen from above is
     * painted, far to near.
     */
    public double horizontalDepth(double x, double y) {
        return u(x) * sy + v(y) * cy;
    }

    /** Box coordinate of data x. */
    public double u(double x) {
        return 2 * (x - xMin) / (xMax - xMin) - 1;
    }

    /** Box coordinate of data y. */
    public double v(double y) {
        return 2 * (y - yMin) / (yMax - yMin) - 1;
    }

    /** Box coordinate of a height fraction. */
    public static double w(double t) {
        return HEIGHT * (2 * t - 1);
    }

    /** The unit vector pointing from the box towards the viewer, in box coordinates (for shading). */
    public double[] towardsViewer() {
        // minus the gradient of the depth with respect to (u, v, w)
        return new double[] {-sy * cp, -cy * cp, sp};
    }

    /** The floor corner {u, v} (each -1 or 1) furthest from the viewer: the walls behind meet there. */
    public int[] farCorner() {
        int[] best = null;
        double depth = Double.NEGATIVE_INFINITY;
        double[] t = new double[3];
        for (int u = -1; u <= 1; u += 2) {
            for (int v = -1; v <= 1; v += 2) {
                box(u, v, -HEIGHT, t);
                if (t[2] > depth) {
                    depth = t[2];
                    best = new int[] {u, v};
                }
            }
        }
        return best;
    }

    /** The floor corner {u, v} furthest left on screen: the height is labelled up its edge. */
    public int[] leftCorner() {
        int[] best = null;
        double x = Double.POSITIVE_INFINITY;
        double[] t = new double[3];
        for (int u = -1; u <= 1; u += 2) {
            for (int v = -1; v <= 1; v += 2) {
                box(u, v, -HEIGHT, t);
                if (t[0] < x) {
                    x = t[0];
                    best = new int[] {u, v};
                }
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Projection[yaw=%.1f, pitch=%.1f, zoom=%.2f, perspective=%.2f]",
                yaw, pitch, zoom, perspective);
    }
}

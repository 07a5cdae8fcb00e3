package org.backpropstudio.ui.bowl;

/**
 * The bowl's sequential colour scale as packed ARGB: low losses toward {@code low}, through
 * {@code mid}, to {@code high}. Immutable; the views build it from their CSS colours.
 */
public record HeightPalette(int low, int mid, int high) {
    /** A calm default: a muted blue floor, teal slopes, a pale sand rim. */
    public static final HeightPalette DEFAULT = new HeightPalette(0xFF2F4B7C, 0xFF4F9A94, 0xFFEDE4C8);

    /** The colour of t in [0, 1] (clamped); NaN gives the middle colour. */
    public int argb(double t) {
        if (!(t == t)) {
            return mid;
        }
        double u = Math.max(0, Math.min(1, t));
        return u < 0.5 ? mix(low, mid, u * 2) : mix(mid, high, u * 2 - 1);
    }

    /** The colour of t, each channel multiplied by {@code light} (shading; clamped to [0, 1.2]). */
    public int shaded(double t, double light) {
        int c = argb(t);
        double f = Math.max(0, Math.min(1.2, light));
        return 0xFF000000 | channel(c >> 16, f) << 16 | channel(c >> 8, f) << 8 | channel(c, f);
    }

    private static int channel(int c, double f) {
        return (int) Math.min(255, Math.round((c & 0xFF) * f));
    }

    private static int mix(int a, int b, double f) {
        return 0xFF000000
                | lerp(a >> 16 & 0xFF, b >> 16 & 0xFF, f) << 16
                | lerp(a >> 8 & 0xFF, b >> 8 & 0xFF, f) << 8
                | lerp(a & 0xFF, b & 0xFF, f);
    }

    private static int lerp(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}

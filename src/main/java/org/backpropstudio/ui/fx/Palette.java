package org.backpropstudio.ui.fx;

import org.backpropstudio.engine.Activation;

/**
 * The diverging colour scale of heat maps and edges, as packed ARGB: negative values toward
 * {@code negative}, positive toward {@code positive}, zero at {@code neutral}. Immutable, so
 * background threads may use it. The defaults are a colour-blind-safe orange/blue pair; the
 * themes set their own from CSS.
 */
public record Palette(int negative, int neutral, int positive) {

    public static final Palette LIGHT = new Palette(0xFFE66100, 0xFFF7F7F7, 0xFF1F6FB5);
    public static final Palette DARK = new Palette(0xFFF08A3C, 0xFF2B2B2B, 0xFF5AA6E8);

    /** The colour of t in [-1, 1] (clamped; NaN gives the neutral colour). */
    public int argb(double t) {
        if (!(t == t)) {
            return neutral;
        }
        double u = Math.max(-1, Math.min(1, t));
        int end = u < 0 ? negative : positive;
        double f = Math.abs(u);
        return 0xFF000000
                | mix(neutral >> 16 & 0xFF, end >> 16 & 0xFF, f) << 16
                | mix(neutral >> 8 & 0xFF, end >> 8 & 0xFF, f) << 8
                | mix(neutral & 0xFF, end & 0xFF, f);
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    /**
     * Maps a unit's output to [-1, 1] for colouring: probabilities (sigmoid, softmax) so that
     * 0.5 is neutral; everything else clamped at +-1.
     */
    public static double normalize(Activation f, double a) {
        if (f == Activation.SIGMOID || f == Activation.SOFTMAX) {
            return 2 * a - 1;
        }
        return Math.max(-1, Math.min(1, a));
    }
}

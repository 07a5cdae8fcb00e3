package org.backpropstudio.ui.network;

import javafx.scene.paint.Color;

import org.backpropstudio.ui.fx.Palette;

/**
 * The colours one redraw uses, resolved once whenever the palette or the stylesheet changes:
 * the diverging palette as a ramp of ready {@link Color}s (so drawing thousands of edges
 * allocates none) and the plain colours of strokes and text taken from CSS.
 */
record DiagramColors(Color[] ramp, Color unitStroke, Color text, Color muted, Color highlight, Color zero) {
    /** Steps of the ramp on each side of zero. */
    static final int STEPS = 64;

    static DiagramColors of(Palette palette, Color unitStroke, Color text, Color muted, Color highlight, Color zero) {
        Color[] ramp = new Color[2 * STEPS + 1];
        for (int i = 0; i < ramp.length; i++) {
            int argb = palette.argb((i - STEPS) / (double) STEPS);
            ramp[i] = Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF);
        }
        return new DiagramColors(ramp, unitStroke, text, muted, highlight, zero);
    }

    /** The palette's colour at t in [-1, 1] (clamped; NaN is the neutral middle). */
    Color at(double t) {
        if (Double.isNaN(t)) {
            return ramp[STEPS];
        }
        double u = Math.max(-1, Math.min(1, t));
        return ramp[STEPS + (int) Math.round(u * STEPS)];
    }
}

package org.backpropstudio.ui.bowl;

/**
 * A further named path to draw over the slice (e.g. one optimizer of a race), in the slice's
 * plane coordinates. The style class names its colour in the stylesheet ({@code .bowl-path.NAME}
 * with {@code -fx-stroke}); the arrays are not copied and must not change afterwards.
 *
 * @param label      the name in the legend
 * @param styleClass the style class that colours it
 * @param xs         x of each point, oldest first
 * @param ys         y of each point
 */
public record PathLine(String label, String styleClass, double[] xs, double[] ys) {
    public PathLine {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("a path needs as many x as y values, got " + xs.length + " and " + ys.length);
        }
    }

    public int size() {
        return xs.length;
    }
}

package org.backpropstudio.surface;

import java.util.List;

import org.backpropstudio.engine.ParameterName;

/**
 * A finished optimizer race: the two parameters it moved, the start, the number of steps each
 * racer was given, and one path per racer in the order they were entered. Immutable.
 *
 * @param x     the first moved parameter
 * @param y     the second moved parameter
 * @param x0    the first parameter's start value
 * @param y0    the second parameter's start value
 * @param steps updates each racer was given (a diverged racer took fewer)
 * @param paths the racers' paths
 */
public record RaceResult(ParameterName x, ParameterName y, double x0, double y0, int steps, List<RacePath> paths) {

    public RaceResult {
        paths = List.copyOf(paths);
    }

    /** The path with this style class, or null. */
    public RacePath path(String styleClass) {
        for (RacePath p : paths) {
            if (p.styleClass().equals(styleClass)) {
                return p;
            }
        }
        return null;
    }

    /** The lowest finite loss any racer reached, or NaN when none did. */
    public double minLoss() {
        double min = Double.NaN;
        for (RacePath p : paths) {
            for (int k = 0; k < p.points(); k++) {
                double v = p.loss(k);
                if (Double.isFinite(v) && !(v >= min)) {
                    min = v;
                }
            }
        }
        return min;
    }

    /** The highest finite loss any racer reached, or NaN when none did. */
    public double maxLoss() {
        double max = Double.NaN;
        for (RacePath p : paths) {
            for (int k = 0; k < p.points(); k++) {
                double v = p.loss(k);
                if (Double.isFinite(v) && !(v <= max)) {
                    max = v;
                }
            }
        }
        return max;
    }
}

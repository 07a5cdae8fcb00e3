package org.backpropstudio.session;

/**
 * The batch loss of every step the session's history holds, for a timeline of them.
 *
 * @param oldest the step of {@code values[0]} (0 when nothing is held)
 * @param values the batch losses of steps {@code oldest}, {@code oldest + 1}, ..., oldest first
 */
public record BatchLosses(long oldest, double[] values) {
    public static final BatchLosses NONE = new BatchLosses(0, new double[0]);

    public BatchLosses {
        values = values.clone();
    }

    /** A copy of the losses. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** Number of steps. */
    public int size() {
        return values.length;
    }

    /** The batch loss of step {@code oldest + i}. */
    public double at(int i) {
        return values[i];
    }

    /** The newest step held, or 0 when none is. */
    public long newest() {
        return values.length == 0 ? 0 : oldest + values.length - 1;
    }
}

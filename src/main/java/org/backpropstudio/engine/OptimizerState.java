package org.backpropstudio.engine;

/**
 * What an optimizer remembers between steps, so that a saved run can go on exactly: the number
 * of updates applied, momentum's velocity or Adam's first moment, and Adam's second moment
 * (empty for the others). SGD remembers nothing but the count.
 */
public record OptimizerState(long updates, double[] first, double[] second) {

    public OptimizerState {
        if (updates < 0) {
            throw new IllegalArgumentException("updates must be 0 or more: " + updates);
        }
        first = first.clone();
        second = second.clone();
    }

    @Override
    public double[] first() {
        return first.clone();
    }

    @Override
    public double[] second() {
        return second.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OptimizerState s && s.updates == updates
                && java.util.Arrays.equals(s.first, first) && java.util.Arrays.equals(s.second, second);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(updates) * 31 + java.util.Arrays.hashCode(first);
    }
}

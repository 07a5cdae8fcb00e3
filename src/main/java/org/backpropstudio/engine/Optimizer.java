package org.backpropstudio.engine;

/**
 * Applies an update rule to a parameter vector. An update is first <em>proposed</em> into
 * separate arrays, so the trainer can refuse a step that would produce a non-finite value
 * and keep both the parameters and the optimizer's own state of the last good step.
 */
public final class Optimizer {
    private OptimizerConfig config;
    private final int n;
    private double[] m;      // momentum: velocity; adam: first moment
    private double[] v;      // adam: second moment
    private double[] nextM;
    private double[] nextV;
    private long t;          // updates applied so far (adam's bias correction)

    public Optimizer(OptimizerConfig config, int parameterCount) {
        this.config = config;
        this.n = parameterCount;
        m = new double[n];
        v = new double[n];
        nextM = new double[n];
        nextV = new double[n];
    }

    public OptimizerConfig config() {
        return config;
    }

    /** Changes the learning rate only; the accumulated state is kept. */
    public void setLearningRate(double eta) {
        config = config.withLearningRate(eta);
    }

    /** Replaces the settings; the state is cleared when the type changes. */
    public void setConfig(OptimizerConfig c) {
        if (c.type() != config.type()) {
            reset();
        }
        config = c;
    }

    /** Forgets velocity and moments. */
    public void reset() {
        java.util.Arrays.fill(m, 0);
        java.util.Arrays.fill(v, 0);
        t = 0;
    }

    /** Number of updates applied since the last reset. */
    public long updates() {
        return t;
    }

    /**
     * Writes the parameters after one update into {@code out} and keeps the matching new state
     * aside; returns whether every proposed value and state entry is finite.
     */
    boolean propose(double[] p, double[] g, double[] out) {
        double eta = config.learningRate();
        boolean finite = true;
        switch (config.type()) {
            case SGD:
                for (int i = 0; i < n; i++) {
                    double w = p[i] - eta * g[i];
                    out[i] = w;
                    finite &= Double.isFinite(w);
                }
                break;
            case MOMENTUM: {
                double mu = config.momentum();
                for (int i = 0; i < n; i++) {
                    double vel = mu * m[i] - eta * g[i];
                    nextM[i] = vel;
                    double w = p[i] + vel;
                    out[i] = w;
                    finite &= Double.isFinite(w);
                }
                break;
            }
            case ADAM: {
                double b1 = config.beta1();
                double b2 = config.beta2();
                double eps = config.epsilon();
                long step = t + 1;
                double c1 = 1 - Math.pow(b1, step);
                double c2 = 1 - Math.pow(b2, step);
                for (int i = 0; i < n; i++) {
                    double gi = g[i];
                    double mi = b1 * m[i] + (1 - b1) * gi;
                    double vi = b2 * v[i] + (1 - b2) * gi * gi;
                    nextM[i] = mi;
                    nextV[i] = vi;
                    double w = p[i] - eta * (mi / c1) / (Math.sqrt(vi / c2) + eps);
                    out[i] = w;
                    finite &= Double.isFinite(w) && Double.isFinite(vi);
                }
                break;
            }
            default:
                throw new AssertionError(config.type());
        }
        return finite;
    }

    /**
     * One update of a vector of this optimizer's own (not a network's), for tools that move a
     * few parameters by the trainer's rule, such as the optimizer race on two of them: writes the
     * new values into {@code p} and keeps the new state when every value is finite; otherwise
     * changes neither and returns false.
     *
     * @param p the values, updated in place
     * @param g dE/dp at {@code p}
     * @throws IllegalArgumentException when the lengths differ from this optimizer's size
     */
    public boolean step(double[] p, double[] g) {
        if (p.length != n || g.length != n) {
            throw new IllegalArgumentException("this optimizer updates " + n + " values, got " + p.length
                    + " values and " + g.length + " gradients");
        }
        double[] out = new double[n];
        if (!propose(p, g, out)) {
            return false;
        }
        System.arraycopy(out, 0, p, 0, n);
        commit();
        return true;
    }

    /** Makes the state proposed by the last {@link #propose} the current one. */
    void commit() {
        if (config.type() != OptimizerType.SGD) {
            double[] s = m;
            m = nextM;
            nextM = s;
            s = v;
            v = nextV;
            nextV = s;
        }
        t++;
    }

    /** A copy of the state: the update count and, as the type needs them, velocity or moments. */
    public OptimizerState state() {
        OptimizerType type = config.type();
        return new OptimizerState(t, type == OptimizerType.SGD ? new double[0] : m,
                type == OptimizerType.ADAM ? v : new double[0]);
    }

    /**
     * Restores a state saved by {@link #state()} from an optimizer of the same type and size.
     *
     * @throws IllegalArgumentException when the arrays do not fit this optimizer
     */
    public void restore(OptimizerState s) {
        OptimizerType type = config.type();
        int firstLength = type == OptimizerType.SGD ? 0 : n;
        int secondLength = type == OptimizerType.ADAM ? n : 0;
        if (s.first().length != firstLength || s.second().length != secondLength) {
            throw new IllegalArgumentException("the " + type.id() + " optimizer of " + n + " parameters needs "
                    + firstLength + " first-moment and " + secondLength + " second-moment values");
        }
        java.util.Arrays.fill(m, 0);
        java.util.Arrays.fill(v, 0);
        System.arraycopy(s.first(), 0, m, 0, firstLength);
        System.arraycopy(s.second(), 0, v, 0, secondLength);
        t = s.updates();
    }
}

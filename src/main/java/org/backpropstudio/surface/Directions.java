package org.backpropstudio.surface;

import java.util.List;

import org.backpropstudio.engine.DenseLayer;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.Rng;

/**
 * Two directions in parameter space for looking at the loss of a deep network on a plane, as in
 * Li et al., "Visualizing the Loss Landscape of Neural Nets" (2018): random directions scaled
 * unit by unit to the weights they perturb ("filter normalisation"), or the two principal
 * components of the recent training trajectory, where the optimizer actually moved.
 *
 * @param d1 the first direction (a full parameter vector)
 * @param d2 the second direction
 */
public record Directions(double[] d1, double[] d2) {

    /**
     * Random Gaussian directions, each unit's incoming-weight row rescaled to the norm of that
     * unit's weights in {@code net}; bias components are 0 (as in the paper).
     */
    public static Directions filterNormalized(Network net, Rng rng) {
        return new Directions(randomFilterNormalized(net, rng), randomFilterNormalized(net, rng));
    }

    private static double[] randomFilterNormalized(Network net, Rng rng) {
        double[] d = new double[net.parameterCount()];
        for (DenseLayer layer : net.layers()) {
            for (int j = 0; j < layer.units(); j++) {
                double dn = 0;
                double wn = 0;
                for (int k = 0; k < layer.fanIn(); k++) {
                    int i = layer.weightIndex(j, k);
                    d[i] = rng.gaussian();
                    dn += d[i] * d[i];
                    wn += net.parameter(i) * net.parameter(i);
                }
                double scale = dn == 0 ? 0 : Math.sqrt(wn / dn);
                for (int k = 0; k < layer.fanIn(); k++) {
                    d[layer.weightIndex(j, k)] *= scale;
                }
            }
        }
        return d;
    }

    /**
     * The two leading principal components of the points of a trajectory (parameter vectors,
     * oldest first) around its last point, as orthonormal directions. Needs at least three
     * points that do not all lie on one line.
     *
     * @throws IllegalArgumentException when the trajectory is too short or moves along one line
     */
    public static Directions principal(List<double[]> trajectory) {
        int t = trajectory.size();
        if (t < 3) {
            throw new IllegalArgumentException("the trajectory needs at least 3 points, it has " + t);
        }
        double[] centre = trajectory.get(t - 1);
        int p = centre.length;
        int m = t - 1;
        double[][] x = new double[m][p];
        for (int i = 0; i < m; i++) {
            double[] v = trajectory.get(i);
            for (int k = 0; k < p; k++) {
                x[i][k] = v[k] - centre[k];
            }
        }
        // eigenvectors of the small m x m Gram matrix G = X X^T give those of X^T X
        double[][] g = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                g[i][j] = g[j][i] = dot(x[i], x[j]);
            }
        }
        double[] u1 = leadingEigenvector(g, null);
        double[] u2 = leadingEigenvector(g, u1);
        double l1 = rayleigh(g, u1);
        double l2 = rayleigh(g, u2);
        if (!(l1 > 0) || !(l2 > 1e-12 * l1)) {
            throw new IllegalArgumentException("the trajectory moves along a single line; no second direction");
        }
        double[] d1 = combine(x, u1, p);
        double[] d2 = combine(x, u2, p);
        // re-orthonormalise against rounding
        normalize(d1);
        double c = dot(d1, d2);
        for (int k = 0; k < p; k++) {
            d2[k] -= c * d1[k];
        }
        if (!normalize(d2) || !Double.isFinite(d1[0])) {
            throw new IllegalArgumentException("the trajectory moves along a single line; no second direction");
        }
        return new Directions(d1, d2);
    }

    /** Power iteration for the leading eigenvector of symmetric {@code g}, orthogonal to {@code skip}. */
    private static double[] leadingEigenvector(double[][] g, double[] skip) {
        int m = g.length;
        double[] v = new double[m];
        for (int i = 0; i < m; i++) {
            v[i] = 1 + 0.01 * i; // a fixed start: the result must not depend on chance
        }
        for (int it = 0; it < 500; it++) {
            if (!deflate(v, skip)) {
                return new double[m]; // nothing left outside skip: no further direction
            }
            double[] w = new double[m];
            for (int i = 0; i < m; i++) {
                w[i] = dot(g[i], v);
            }
            if (!normalize(w)) {
                return w;
            }
            v = w;
        }
        // G's rounding can bring back a part along skip
        return deflate(v, skip) && normalize(v) ? v : new double[m];
    }

    /**
     * Removes from unit vector v its part along unit vector skip; false when almost nothing
     * (under 1e-6) is left, which is then only rounding noise and no real direction.
     */
    private static boolean deflate(double[] v, double[] skip) {
        if (skip == null) {
            return true;
        }
        double c = dot(v, skip);
        for (int i = 0; i < v.length; i++) {
            v[i] -= c * skip[i];
        }
        return Math.sqrt(dot(v, v)) > 1e-6;
    }

    private static double rayleigh(double[][] g, double[] v) {
        double s = 0;
        for (int i = 0; i < g.length; i++) {
            s += v[i] * dot(g[i], v);
        }
        return s;
    }

    private static double[] combine(double[][] x, double[] u, int p) {
        double[] d = new double[p];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < p; k++) {
                d[k] += u[i] * x[i][k];
            }
        }
        return d;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static boolean normalize(double[] v) {
        double n = Math.sqrt(dot(v, v));
        if (!(n > 1e-300)) {
            return false;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= n;
        }
        return true;
    }

    /**
     * Where a parameter vector lies relative to the plane through {@code centre} spanned by these
     * (orthonormal, for principal components) directions: {alpha, beta, distance from the plane}.
     * For non-orthogonal directions alpha and beta solve the 2x2 least-squares problem.
     */
    public double[] project(double[] point, double[] centre) {
        int p = centre.length;
        double[] r = new double[p];
        for (int k = 0; k < p; k++) {
            r[k] = point[k] - centre[k];
        }
        double a11 = dot(d1, d1);
        double a12 = dot(d1, d2);
        double a22 = dot(d2, d2);
        double b1 = dot(d1, r);
        double b2 = dot(d2, r);
        double det = a11 * a22 - a12 * a12;
        double alpha = (b1 * a22 - b2 * a12) / det;
        double beta = (a11 * b2 - a12 * b1) / det;
        double dist = 0;
        for (int k = 0; k < p; k++) {
            double e = r[k] - alpha * d1[k] - beta * d2[k];
            dist += e * e;
        }
        return new double[] {alpha, beta, Math.sqrt(dist)};
    }
}

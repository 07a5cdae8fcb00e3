package org.backpropstudio.engine;

import java.util.List;

/**
 * Every number of backpropagation for one sample at one set of parameters, so a view can
 * write out the lesson's formulas with the engine's own values.
 *
 * @param sample index of the sample in its data set
 * @param x      its inputs
 * @param y      its targets
 * @param loss   its loss E
 * @param layers one entry per layer with weights, the output layer last
 */
public record StepTrace(int sample, double[] x, double[] y, double loss, List<Layer> layers) {

    /**
     * One layer's numbers; index j is a unit of this layer, k a unit of the layer before
     * (or an input).
     *
     * @param input  the layer's inputs a_prev (equal to dz_j/dw_jk for every j)
     * @param z      weighted inputs z_j = sum_k w_jk a_prev_k + b_j
     * @param a      outputs a_j = f(z_j)
     * @param dEda   effect of a_j on the error, dE/da_j
     * @param daDz   slope of the activation, f'(z_j) (for softmax the diagonal a_j (1 - a_j))
     * @param delta  dE/dz_j; equals dEda * daDz except after softmax and after cross-entropy
     *               simplifications, where it is computed exactly
     * @param dEdw   dE/dw_jk = delta_j * input_k, row j
     * @param dEdb   dE/db_j = delta_j
     */
    public record Layer(double[] input, double[] z, double[] a, double[] dEda, double[] daDz,
                        double[] delta, double[][] dEdw, double[] dEdb) {

        /** The three chain-rule factors of weight w_jk: {dE/da_j, da_j/dz_j, dz_j/dw_jk}. */
        public double[] chainFactors(int j, int k) {
            return new double[] {dEda[j], daDz[j], input[k]};
        }
    }

    public Layer layer(int l) {
        return layers.get(l);
    }

    public Layer output() {
        return layers.get(layers.size() - 1);
    }
}

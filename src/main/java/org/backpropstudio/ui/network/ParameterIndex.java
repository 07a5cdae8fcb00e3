package org.backpropstudio.ui.network;

import org.backpropstudio.session.NetworkShape;

/**
 * Where each weight and bias of a shape sits in the flat parameter vector of a snapshot, so the
 * diagram reads them without building a network: layer after layer, weights row by row, then
 * the layer's biases.
 */
public final class ParameterIndex {
    private final int[] weightOffset;
    private final int[] fanIn;
    private final int[] units;

    public ParameterIndex(NetworkShape shape) {
        int layers = shape.layerCount();
        weightOffset = new int[layers];
        fanIn = new int[layers];
        units = new int[layers];
        int offset = 0;
        int in = shape.inputs();
        for (int l = 0; l < layers; l++) {
            weightOffset[l] = offset;
            fanIn[l] = in;
            units[l] = shape.units().get(l);
            offset += units[l] * in + units[l];
            in = units[l];
        }
    }

    /** Index of w_jk of layer l (into unit j from unit or input k). */
    public int weight(int layer, int unit, int from) {
        return weightOffset[layer] + unit * fanIn[layer] + from;
    }

    /** Index of b_j of layer l. */
    public int bias(int layer, int unit) {
        return weightOffset[layer] + units[layer] * fanIn[layer] + unit;
    }
}

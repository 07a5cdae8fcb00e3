package org.backpropstudio.engine;

/**
 * The shape of one fully connected layer and where its parameters live in the network's
 * flat parameter vector: weight {@code w[j][k]} (from unit k of the layer before, or input k,
 * into unit j) is at {@code weightOffset + j*fanIn + k}; bias {@code b[j]} at {@code biasOffset + j}.
 */
public record DenseLayer(int fanIn, int units, Activation activation, int weightOffset, int biasOffset) {

    public int weightIndex(int j, int k) {
        return weightOffset + j * fanIn + k;
    }

    public int biasIndex(int j) {
        return biasOffset + j;
    }

    public int weightCount() {
        return units * fanIn;
    }

    /** Weights then biases: the number of parameters of this layer. */
    public int parameterCount() {
        return units * fanIn + units;
    }
}

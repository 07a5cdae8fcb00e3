package org.backpropstudio.engine;

/**
 * Forward passes of one network for tools that need every unit's output at many inputs
 * (heat maps, surfaces), without allocating per call. Reads the network's parameters live:
 * use it on the thread that owns the network (or on a copy).
 */
public final class Evaluator {
    private final Network net;
    private final Propagation p;

    public Evaluator(Network net) {
        this.net = net;
        this.p = new Propagation(net, 1);
    }

    public Network network() {
        return net;
    }

    /** Runs the forward pass for the inputs {@code x[0..inputs)}. */
    public void forward(double[] x) {
        p.forward(x, 0, 0);
    }

    /** Output a_j of unit j of layer l after the last {@link #forward}. */
    public double a(int l, int j) {
        return p.a(l)[j];
    }

    /** Weighted input z_j of unit j of layer l after the last {@link #forward}. */
    public double z(int l, int j) {
        return p.z(l)[j];
    }

    /** The first output after the last {@link #forward}. */
    public double output() {
        return p.a(net.layerCount() - 1)[0];
    }
}

package org.backpropstudio.io;

import java.util.List;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.data.Generators;
import org.backpropstudio.engine.Loss;

/** Reads and checks the {@code data} section: explicit samples or a generator's recipe. */
final class DataSection {

    /** Most samples a file may hold or ask a generator for (training and test together). */
    static final int MAX_SAMPLES = 1_000_000;

    private DataSection() {
    }

    /**
     * @param inputs values per sample's {@code x}: the network's inputs, or 2 when the network's
     *               inputs are features of points (x1, x2)
     */
    static DataSpec read(Cursor c, int inputs, NetworkSpec network, Loss loss) throws ExperimentException {
        if (c.node().isObject() && c.has("generator")) {
            return generated(c, inputs, network);
        }
        c.object("the data (\"train\" and \"test\" samples, or a \"generator\")", "train", "test");
        List<Cursor> train = c.field("train").array("training samples", 0, MAX_SAMPLES);
        Cursor tc = c.optional("test");
        List<Cursor> test = tc == null ? List.of() : tc.array("test samples", 0, MAX_SAMPLES - train.size());
        return new DataSpec.Samples(samples(train, inputs, network, loss), samples(test, inputs, network, loss));
    }

    private static Dataset samples(List<Cursor> items, int ni, NetworkSpec network, Loss loss) throws ExperimentException {
        int no = network.outputs();
        double[][] xs = new double[items.size()][];
        double[][] ys = new double[items.size()][];
        for (int i = 0; i < items.size(); i++) {
            Cursor s = items.get(i).object("a sample {\"x\": [...], \"y\": [...]}", "x", "y");
            xs[i] = s.field("x").numbers(ni, ni == 1 ? "input value (the network has 1 input)"
                    : ni == network.inputs() ? "input values (one per network input)"
                    : "input values (a point x1, x2, from which the features are computed)");
            Cursor yc = s.field("y");
            ys[i] = yc.numbers(no, no == 1 ? "target value (the network has 1 output)"
                    : "target values (one per network output)");
            if (loss == Loss.CROSS_ENTROPY) {
                for (int j = 0; j < no; j++) {
                    if (ys[i][j] < 0 || ys[i][j] > 1) {
                        throw yc.errorBelow("[" + j + "]", "cross-entropy needs targets from 0 to 1, found " + ys[i][j]);
                    }
                }
            }
        }
        return Dataset.of(ni, no, xs, ys);
    }

    private static DataSpec generated(Cursor c, int inputs, NetworkSpec network) throws ExperimentException {
        c.object("a generator recipe", "generator", "count", "noise", "testFraction", "seed");
        Cursor gc = c.field("generator");
        String name = gc.string();
        boolean known = false;
        StringBuilder names = new StringBuilder();
        for (String n : Generators.names()) {
            known |= n.equals(name);
            names.append(names.length() == 0 ? "" : ", ").append(n);
        }
        if (!known) {
            throw gc.error("unknown generator '" + name + "' (expected one of " + names + ")");
        }
        int ni = Generators.inputsOf(name);
        int no = Generators.outputsOf(name);
        if (ni != inputs || no != network.outputs()) {
            throw gc.error("'" + name + "' makes samples with " + ExperimentReader.shape(ni, no)
                    + ", but " + (inputs == network.inputs() ? "the network has "
                    + ExperimentReader.shape(network.inputs(), network.outputs())
                    : "features need points with 2 inputs and the network has " + network.outputs()
                    + (network.outputs() == 1 ? " output" : " outputs")));
        }
        int count = c.field("count").integer(1, MAX_SAMPLES);
        Cursor nc = c.optional("noise");
        double noise = nc == null ? 0 : nc.number(x -> x >= 0, "0 or more");
        Cursor fc = c.optional("testFraction");
        double fraction = fc == null ? 0 : fc.number(x -> x >= 0 && x < 1, "at least 0 and less than 1");
        Cursor sc = c.optional("seed");
        long seed = sc == null ? 0 : sc.whole(Long.MIN_VALUE, Long.MAX_VALUE);
        try {
            return new DataSpec.Generated(name, count, noise, fraction, seed);
        } catch (IllegalArgumentException e) {
            throw c.error("the generator refused these settings: " + e.getMessage());
        }
    }
}

package org.backpropstudio.io;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.OptimizerState;
import org.backpropstudio.engine.OptimizerType;

/**
 * Writes an experiment in the documented layout (format version 1): fields always in the same
 * order, every setting spelt out (defaults included), weights as nested arrays, numbers that read
 * back to identical doubles. Files are replaced atomically (see {@link AtomicFile}).
 */
public final class ExperimentWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ExperimentWriter() {
    }

    /** Writes the experiment to {@code file}, replacing it atomically. */
    public static void write(Experiment e, Path file) throws IOException {
        AtomicFile.write(file, toJson(e));
    }

    /** The experiment as JSON text, ending with a line break. */
    public static String toJson(Experiment e) {
        return JsonPrinter.print(toTree(e));
    }

    /** The experiment as a JSON tree. */
    public static ObjectNode toTree(Experiment e) {
        ObjectNode root = F.objectNode();
        root.put("format", Experiment.FORMAT);
        root.put("version", Experiment.VERSION);
        root.set("network", network(e.network()));
        root.put("loss", e.loss().id());
        root.set("optimizer", optimizer(e.optimizer()));
        ObjectNode reg = root.putObject("regularization");
        reg.put("type", e.regularization().type().id());
        reg.put("rate", e.regularization().rate());
        ObjectNode t = root.putObject("training");
        t.put("batchSize", e.training().batchSize());
        t.put("seed", e.training().seed());
        t.put("shuffle", e.training().shuffle());
        t.put("stepsDone", e.training().stepsDone());
        OptimizerState state = e.training().optimizerState();
        if (state != null) {
            ObjectNode o = t.putObject("optimizerState");
            o.put("updates", state.updates());
            putNumbers(o.putArray("first"), state.first());
            if (state.second().length > 0) {
                putNumbers(o.putArray("second"), state.second());
            }
        }
        if (!e.features().isEmpty()) {
            ArrayNode f = root.putArray("features");
            e.features().forEach(x -> f.add(x.id()));
        }
        root.set("data", data(e.data()));
        return root;
    }

    private static ObjectNode network(NetworkSpec n) {
        ObjectNode o = F.objectNode();
        o.put("inputs", n.inputs());
        o.put("initializer", n.initializer().id());
        ArrayNode layers = o.putArray("layers");
        for (LayerSpec l : n.layers()) {
            ObjectNode lo = layers.addObject();
            lo.put("units", l.units());
            lo.put("activation", l.activation().id());
            if (l.hasWeights()) {
                lo.set("weights", matrix(l.weights()));
            }
            if (l.hasBiases()) {
                lo.set("biases", vector(l.biases()));
            }
        }
        return o;
    }

    private static ObjectNode optimizer(OptimizerConfig c) {
        ObjectNode o = F.objectNode();
        o.put("type", c.type().id());
        o.put("learningRate", c.learningRate());
        if (c.type() == OptimizerType.MOMENTUM) {
            o.put("momentum", c.momentum());
        } else if (c.type() == OptimizerType.ADAM) {
            o.put("beta1", c.beta1());
            o.put("beta2", c.beta2());
            o.put("epsilon", c.epsilon());
        }
        return o;
    }

    private static ObjectNode data(DataSpec d) {
        ObjectNode o = F.objectNode();
        if (d instanceof DataSpec.Generated g) {
            o.put("generator", g.generator());
            o.put("count", g.count());
            o.put("noise", g.noise());
            o.put("testFraction", g.testFraction());
            o.put("seed", g.seed());
        } else {
            o.set("train", samples(d.train()));
            o.set("test", samples(d.test()));
        }
        return o;
    }

    private static ArrayNode samples(Dataset set) {
        ArrayNode a = F.arrayNode();
        for (int i = 0; i < set.size(); i++) {
            ObjectNode s = a.addObject();
            s.set("x", vector(set.inputsOf(i)));
            s.set("y", vector(set.targetsOf(i)));
        }
        return a;
    }

    /** A vector as a JSON array of numbers. */
    public static ArrayNode vector(double[] v) {
        ArrayNode a = F.arrayNode(v.length);
        for (double d : v) {
            a.add(d);
        }
        return a;
    }

    /** A matrix as a JSON array of rows. */
    public static ArrayNode matrix(double[][] m) {
        ArrayNode a = F.arrayNode(m.length);
        for (double[] row : m) {
            a.add(vector(row));
        }
        return a;
    }

    private static void putNumbers(com.fasterxml.jackson.databind.node.ArrayNode a, double[] values) {
        for (double v : values) {
            a.add(v);
        }
    }
}

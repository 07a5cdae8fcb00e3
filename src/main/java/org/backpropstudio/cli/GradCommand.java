package org.backpropstudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.backpropstudio.engine.DenseLayer;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.engine.StepTrace;
import org.backpropstudio.engine.Trainer;
import org.backpropstudio.io.Experiment;
import org.backpropstudio.io.ExperimentWriter;
import org.backpropstudio.io.JsonPrinter;

/**
 * {@code grad --in EXP [--out FILE]}: at the file's weights, the whole training set as one batch:
 * its loss (mean over samples plus the regularization penalty), the gradient of that loss for every
 * weight and bias, and the forward and backward numbers of training sample 0.
 */
final class GradCommand {
    private GradCommand() {
    }

    static int run(String[] args, PrintStream out) throws CommandException {
        Flags f = Flags.parse("grad", args, List.of("in", "out"));
        String in = f.required("in");
        Path target = f.output("out");
        Experiment exp = Cli.load(in);
        Cli.requireTrainingData(exp, in, "grad");

        Network net = exp.buildNetwork();
        Trainer.BatchGradient g = Trainer.gradient(net, exp.loss(), exp.regularization(), exp.train());
        checkFinite(in, net, g);
        StepTrace trace = Trainer.trace(net, exp.loss(), exp.train(), 0);
        String text;
        try {
            text = JsonPrinter.print(report(net, g, trace));
        } catch (IllegalArgumentException e) {
            throw new CommandException(CommandException.FAILED, in + ": a number in the trace of sample 0 is not finite at these weights");
        }
        if (target != null) {
            Cli.write(target, text);
        } else {
            out.print(text);
        }
        return 0;
    }

    private static ObjectNode report(Network net, Trainer.BatchGradient g, StepTrace trace) {
        JsonNodeFactory nf = JsonNodeFactory.instance;
        ObjectNode root = nf.objectNode();
        root.put("loss", g.loss());
        ArrayNode layers = root.putArray("layers");
        double[] grad = g.gradient();
        for (int l = 0; l < net.layerCount(); l++) {
            DenseLayer d = net.layer(l);
            double[][] dw = new double[d.units()][d.fanIn()];
            double[] db = new double[d.units()];
            for (int j = 0; j < d.units(); j++) {
                for (int k = 0; k < d.fanIn(); k++) {
                    dw[j][k] = grad[d.weightIndex(j, k)];
                }
                db[j] = grad[d.biasIndex(j)];
            }
            ObjectNode lo = layers.addObject();
            lo.set("weightGradients", ExperimentWriter.matrix(dw));
            lo.set("biasGradients", ExperimentWriter.vector(db));
        }
        ObjectNode t = root.putObject("trace");
        t.put("sample", trace.sample());
        ArrayNode tl = t.putArray("layers");
        for (StepTrace.Layer layer : trace.layers()) {
            ObjectNode lo = tl.addObject();
            lo.set("z", ExperimentWriter.vector(layer.z()));
            lo.set("a", ExperimentWriter.vector(layer.a()));
            lo.set("delta", ExperimentWriter.vector(layer.delta()));
        }
        return root;
    }

    /** JSON cannot hold NaN or infinity; say which number overflowed instead. */
    private static void checkFinite(String in, Network net, Trainer.BatchGradient g) throws CommandException {
        if (!Double.isFinite(g.loss())) {
            throw new CommandException(CommandException.FAILED, in + ": the loss at these weights is not a finite number ("
                    + g.loss() + ")");
        }
        double[] grad = g.gradient();
        for (int i = 0; i < grad.length; i++) {
            if (!Double.isFinite(grad[i])) {
                throw new CommandException(CommandException.FAILED, in + ": the gradient of " + ParameterName.of(net, i)
                        + " at these weights is not a finite number (" + grad[i] + ")");
            }
        }
    }
}

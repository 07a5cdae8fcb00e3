package org.backpropstudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.io.Experiment;
import org.backpropstudio.io.JsonPrinter;
import org.backpropstudio.surface.LossSurface;
import org.backpropstudio.surface.SurfaceGrid;
import org.backpropstudio.surface.SurfaceSampler;

/**
 * {@code surface --in EXP --x PARAM --y PARAM --grid N --span S [--out FILE]}: the training loss
 * on an N x N grid over two parameters around their current values, every other parameter
 * fixed: {@code { "x", "y", "xs", "ys", "loss" }} with {@code loss[r][c]} at xs[c], ys[r].
 */
final class SurfaceCommand {
    private SurfaceCommand() {
    }

    static int run(String[] args, PrintStream out) throws CommandException {
        Flags f = Flags.parse("surface", args, List.of("in", "x", "y", "grid", "span", "out"));
        String in = f.required("in");
        String xName = f.required("x");
        String yName = f.required("y");
        long grid = f.positive("grid");
        if (grid < 2 || grid > LossSurface.MAX_GRID) {
            throw CommandException.usage("surface: --grid must be from 2 to " + LossSurface.MAX_GRID + ", found " + grid);
        }
        double span = f.positiveNumber("span");
        Path target = f.output("out");
        Experiment exp = Cli.load(in);
        Cli.requireTrainingData(exp, in, "surface");
        Network net = exp.buildNetwork();
        ParameterName x = parameter(net, "x", xName);
        ParameterName y = parameter(net, "y", yName);

        SurfaceGrid g;
        try (SurfaceSampler sampler = new SurfaceSampler()) {
            g = sampler.sample(new LossSurface.Request(net, exp.loss(), exp.train(), x, y, (int) grid, span));
        }
        String text;
        try {
            text = JsonPrinter.print(report(g));
        } catch (IllegalArgumentException e) {
            throw new CommandException(CommandException.FAILED, in + ": the loss is not finite somewhere on this grid; try a smaller --span");
        }
        if (target != null) {
            Cli.write(target, text);
        } else {
            out.print(text);
        }
        return 0;
    }

    private static ParameterName parameter(Network net, String flag, String name) throws CommandException {
        try {
            return ParameterName.parse(name, net);
        } catch (IllegalArgumentException e) {
            throw CommandException.usage("surface: --" + flag + ": " + e.getMessage());
        }
    }

    private static ObjectNode report(SurfaceGrid g) {
        JsonNodeFactory nf = JsonNodeFactory.instance;
        ObjectNode root = nf.objectNode();
        root.put("x", g.x());
        root.put("y", g.y());
        ArrayNode xs = root.putArray("xs");
        for (double v : g.xs()) {
            xs.add(v);
        }
        ArrayNode ys = root.putArray("ys");
        for (double v : g.ys()) {
            ys.add(v);
        }
        ArrayNode loss = root.putArray("loss");
        for (double[] row : g.loss()) {
            ArrayNode r = loss.addArray();
            for (double v : row) {
                r.add(v);
            }
        }
        return root;
    }
}

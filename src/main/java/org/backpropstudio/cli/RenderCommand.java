package org.backpropstudio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.backpropstudio.engine.Trainer.Phase;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.io.AtomicFile;
import org.backpropstudio.io.Experiment;
import org.backpropstudio.ui.figure.FigureException;
import org.backpropstudio.ui.figure.FigureExport;
import org.backpropstudio.ui.figure.FigureView;
import org.backpropstudio.ui.figure.Look;

/**
 * {@code render --in EXP --view network|output|loss|bowl --out FILE.png|FILE.gif [options]}: a figure
 * drawn by the app's own views, off screen. A PNG is a still of the view (after {@code --steps}
 * of training; for the network view, with {@code --phase}, the middle of one phase of the next
 * step). A GIF of the network view is the animation of the next step, phase by phase; a GIF of
 * the output, loss or bowl view shows training over {@code --steps} (the bowl: the path growing;
 * {@code --x} and {@code --y} name its two parameters). Prints one line about what it
 * wrote. Every option is checked before any work; nothing is written on bad input.
 */
final class RenderCommand {
    static final long MAX_STEPS = 10_000_000;
    static final int MIN_SIDE = 100;
    static final int MAX_SIDE = 4000;
    static final double MIN_SCALE = 0.5;
    static final double MAX_SCALE = 4;
    private static final List<String> LANGUAGES = List.of("en", "ko");

    private RenderCommand() {
    }

    static int run(String[] args, PrintStream out) throws CommandException {
        Flags f = Flags.parse("render", args,
                List.of("in", "view", "out", "steps", "width", "height", "scale", "phase", "fps", "lang", "x", "y"));
        String in = f.required("in");
        FigureView view = view(f.required("view"));
        f.required("out");
        Path target = f.output("out");
        FigureExport.Format format = FigureExport.Format.of(target);
        if (format == null) {
            throw CommandException.usage("render: --out must name a .png or .gif file, found '" + f.optional("out") + "'");
        }
        long steps = whole(f, "steps", 0, 0, MAX_STEPS);
        double scale = number(f, "scale", 1, MIN_SCALE, MAX_SCALE);
        int width = (int) whole(f, "width", view.defaultWidth(), MIN_SIDE, MAX_SIDE);
        int height = (int) whole(f, "height", view.defaultHeight(), MIN_SIDE, MAX_SIDE);
        long pixelsWide = Math.round(width * scale);
        long pixelsHigh = Math.round(height * scale);
        if (pixelsWide > MAX_SIDE || pixelsHigh > MAX_SIDE) {
            throw CommandException.usage("render: the figure would be " + pixelsWide + "x" + pixelsHigh
                    + " pixels; --width and --height times --scale may be at most " + MAX_SIDE);
        }
        Phase phase = phase(f.optional("phase"), view, format);
        if (format == FigureExport.Format.PNG && f.optional("fps") != null) {
            throw CommandException.usage("render: --fps is for a .gif only");
        }
        double fps = number(f, "fps", FigureExport.DEFAULT_FPS, 1, FigureExport.MAX_FPS);
        if (format == FigureExport.Format.GIF && !view.animatesStep() && steps < 1) {
            throw CommandException.usage("render: a .gif of the " + view.id() + " view shows training; give --steps N (at least 1)");
        }
        Locale language = language(f.optional("lang"));
        if (view != FigureView.BOWL && (f.optional("x") != null || f.optional("y") != null)) {
            throw CommandException.usage("render: --" + (f.optional("x") != null ? "x" : "y") + " is for the bowl view only");
        }
        if ((f.optional("x") == null) != (f.optional("y") == null)) {
            throw CommandException.usage("render: --" + (f.optional("x") == null ? "x" : "y")
                    + " is missing; the bowl takes both --x and --y, or neither");
        }
        Experiment exp = Cli.load(in);
        Cli.requireTrainingData(exp, in, "render");
        ParameterName x = parameter(f, "x", exp);
        ParameterName y = parameter(f, "y", exp);
        if (x != null && x.equals(y)) {
            throw CommandException.usage("render: --y must name another parameter than --x, found '" + y + "' twice");
        }

        RenderToolkit.start();
        FigureExport.Request request = new FigureExport.Request(view, (int) pixelsWide, (int) pixelsHigh, Look.of(language, scale), steps, phase, fps, 0, x, y);
        FigureExport.Result r;
        try {
            r = FigureExport.write(exp, request, target);
        } catch (FigureException e) {
            throw new CommandException(CommandException.FAILED, in + ": cannot draw the " + view.id() + " view: "
                    + Cli.oneLine(e.getMessage()));
        } catch (IOException e) {
            throw new CommandException(CommandException.FAILED, target + ": cannot write the file (" + AtomicFile.reason(e) + ")");
        }
        out.println(summary(target, format, r));
        return 0;
    }

    private static FigureView view(String name) throws CommandException {
        FigureView v = FigureView.of(name);
        if (v != null) {
            return v;
        }
        String views = String.join(", ", FigureView.ids());
        throw CommandException.usage("render: unknown view '" + name + "' (views: " + views + ")");
    }

    /** The parameter named by option {@code name}, or null when it is not given. */
    private static ParameterName parameter(Flags f, String name, Experiment exp) throws CommandException {
        String v = f.optional(name);
        if (v == null) {
            return null;
        }
        try {
            return ParameterName.parse(v.trim(), exp.buildNetwork());
        } catch (IllegalArgumentException e) {
            throw CommandException.usage("render: --" + name + ": " + Cli.oneLine(e.getMessage()));
        }
    }

    private static Phase phase(String name, FigureView view, FigureExport.Format format) throws CommandException {
        if (name == null) {
            return null;
        }
        if (view != FigureView.NETWORK) {
            throw CommandException.usage("render: --phase is for the network view only");
        }
        if (format != FigureExport.Format.PNG) {
            throw CommandException.usage("render: --phase chooses a still; a .gif shows every phase");
        }
        return switch (name) {
            case "forward" -> Phase.FORWARD;
            case "error" -> Phase.LOSS;
            case "backward" -> Phase.BACKWARD;
            case "update" -> Phase.UPDATE;
            default -> throw CommandException.usage("render: unknown phase '" + name
                    + "' (phases: forward, error, backward, update)");
        };
    }

    private static Locale language(String tag) throws CommandException {
        if (tag == null || tag.equals("en")) {
            return Locale.ROOT;
        }
        if (!LANGUAGES.contains(tag)) {
            throw CommandException.usage("render: unknown language '" + tag + "' (languages: " + String.join(", ", LANGUAGES) + ")");
        }
        return Locale.forLanguageTag(tag);
    }

    /** An optional whole number from {@code min} to {@code max}. */
    private static long whole(Flags f, String name, long fallback, long min, long max) throws CommandException {
        String v = f.optional(name);
        if (v == null) {
            return fallback;
        }
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw CommandException.usage("render: --" + name + " must be a whole number from " + min + " to " + max
                    + ", found '" + v + "'");
        }
        if (n < min || n > max) {
            throw CommandException.usage("render: --" + name + " must be a whole number from " + min + " to " + max + ", found " + n);
        }
        return n;
    }

    /** An optional number from {@code min} to {@code max}. */
    private static double number(Flags f, String name, double fallback, double min, double max) throws CommandException {
        String v = f.optional(name);
        if (v == null) {
            return fallback;
        }
        double d;
        try {
            d = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            d = Double.NaN;
        }
        if (!(d >= min && d <= max)) {
            throw CommandException.usage("render: --" + name + " must be a number from " + plain(min) + " to " + plain(max)
                    + ", found '" + v + "'");
        }
        return d;
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String summary(Path target, FigureExport.Format format, FigureExport.Result r) {
        StringBuilder sb = new StringBuilder().append(target).append(": ").append(r.width()).append('x').append(r.height());
        if (format == FigureExport.Format.GIF) {
            sb.append(String.format(Locale.ROOT, ", %d frames (%d stored), %.1f s per loop", r.frames(), r.stored(), r.seconds()));
        }
        if (r.divergedAt() >= 0) {
            sb.append("; training diverged at step ").append(r.divergedAt());
        }
        return sb.toString();
    }
}

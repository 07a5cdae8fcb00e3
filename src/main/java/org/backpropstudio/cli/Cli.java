package org.backpropstudio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;

import org.backpropstudio.io.AtomicFile;
import org.backpropstudio.io.DataSpec;
import org.backpropstudio.io.Experiment;
import org.backpropstudio.io.ExperimentException;
import org.backpropstudio.io.ExperimentReader;

/**
 * The headless command line: {@code COMMAND [--option value ...]}. Exit status 0 on success,
 * 2 for bad input (a wrong command line or a bad experiment file), 1 when the work itself fails
 * (an output cannot be written, training diverged). Every failure prints exactly one line that
 * starts with {@code error:} on the error stream, and never a stack trace.
 */
public final class Cli {
    /** The command names, in the order the usage line lists them. */
    public static final List<String> COMMANDS = List.of("train", "grad", "surface", "bench", "render");

    private Cli() {
    }

    /** Whether {@code name} is a command this class runs. */
    public static boolean isCommand(String name) {
        return COMMANDS.contains(name);
    }

    /** Runs one command and returns its exit status; never calls {@code System.exit}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0) {
                throw CommandException.usage("no command given (commands: " + String.join(", ", COMMANDS) + ")");
            }
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            switch (args[0]) {
                case "train":
                    return TrainCommand.run(rest, out);
                case "grad":
                    return GradCommand.run(rest, out);
                case "surface":
                    return SurfaceCommand.run(rest, out);
                case "bench":
                    return BenchCommand.run(rest, out);
                case "render":
                    return RenderCommand.run(rest, out);
                default:
                    throw CommandException.usage("unknown command '" + args[0] + "' (commands: "
                            + String.join(", ", COMMANDS) + ")");
            }
        } catch (CommandException e) {
            out.flush();
            err.println("error: " + oneLine(e.getMessage()));
            return e.status();
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            out.flush();
            err.println("error: internal error: " + oneLine(String.valueOf(e)));
            return CommandException.FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Reads and checks an experiment file; any problem is bad input. */
    static Experiment load(String file) throws CommandException {
        Path p;
        try {
            p = Paths.get(file);
        } catch (InvalidPathException e) {
            throw CommandException.usage(file + ": not a valid file name");
        }
        try {
            return ExperimentReader.read(p);
        } catch (ExperimentException e) {
            throw CommandException.usage(e.getMessage());
        }
    }

    /** Refuses an experiment without training samples, naming where they should be. */
    static void requireTrainingData(Experiment exp, String file, String command) throws CommandException {
        if (!exp.train().isEmpty()) {
            return;
        }
        String place = exp.data() instanceof DataSpec.Generated ? "$.data.testFraction" : "$.data.train";
        throw CommandException.usage(new ExperimentException(file, place,
                "there are no training samples; " + command + " needs at least one").getMessage());
    }

    /** Writes text to a file atomically; a failure is reported against the file. */
    static void write(Path file, String text) throws CommandException {
        try {
            AtomicFile.write(file, text);
        } catch (IOException e) {
            throw new CommandException(CommandException.FAILED, file + ": cannot write the file (" + AtomicFile.reason(e) + ")");
        }
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}

package org.backpropstudio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's options, {@code --name value} or {@code --name=value}, each given at most once and
 * each among the names the command knows. Everything else is a usage error.
 */
final class Flags {
    private final String command;
    private final Map<String, String> values = new HashMap<>();

    private Flags(String command) {
        this.command = command;
    }

    /** Parses {@code args} (the command's name excluded) against the known option names. */
    static Flags parse(String command, String[] args, List<String> known) throws CommandException {
        Flags f = new Flags(command);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || a.length() == 2) {
                throw CommandException.usage(command + ": unexpected argument '" + a + "' (options are "
                        + list(known) + ")");
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!known.contains(name)) {
                throw CommandException.usage(command + ": unknown option '--" + name + "' (options are " + list(known) + ")");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw CommandException.usage(command + ": option '--" + name + "' needs a value");
                }
                value = args[++i];
            }
            if (f.values.put(name, value) != null) {
                throw CommandException.usage(command + ": option '--" + name + "' is given twice");
            }
        }
        return f;
    }

    private static String list(List<String> known) {
        StringBuilder sb = new StringBuilder();
        for (String k : known) {
            sb.append(sb.length() == 0 ? "" : ", ").append("--").append(k);
        }
        return sb.toString();
    }

    String optional(String name) {
        return values.get(name);
    }

    String required(String name) throws CommandException {
        String v = values.get(name);
        if (v == null) {
            throw CommandException.usage(command + ": the option '--" + name + "' is required");
        }
        return v;
    }

    /** A whole number of at least 1. */
    long positive(String name) throws CommandException {
        String v = required(name);
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw CommandException.usage(command + ": --" + name + " must be a whole number of at least 1, found '" + v + "'");
        }
        if (n < 1) {
            throw CommandException.usage(command + ": --" + name + " must be a whole number of at least 1, found " + n);
        }
        return n;
    }

    /** A finite number greater than 0. */
    double positiveNumber(String name) throws CommandException {
        String v = required(name);
        double d;
        try {
            d = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw CommandException.usage(command + ": --" + name + " must be a number greater than 0, found '" + v + "'");
        }
        if (!(d > 0) || !Double.isFinite(d)) {
            throw CommandException.usage(command + ": --" + name + " must be a finite number greater than 0, found " + v);
        }
        return d;
    }

    /** An output file path, checked before any work so that a bad path fails early. */
    Path output(String name) throws CommandException {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        if (v.isEmpty()) {
            throw CommandException.usage(command + ": --" + name + " needs a file name");
        }
        Path p;
        try {
            p = Paths.get(v);
        } catch (RuntimeException e) {
            throw CommandException.usage(command + ": --" + name + " '" + v + "' is not a valid file name");
        }
        if (Files.isDirectory(p)) {
            throw CommandException.usage(v + ": this is a folder; --" + name + " needs a file");
        }
        Path dir = p.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw CommandException.usage(v + ": cannot write here, the folder " + dir + " does not exist");
        }
        return p;
    }
}

package org.backpropstudio.cli;

import java.io.PrintStream;

/**
 * PLACEHOLDER for the {@code bench} command, which another branch implements; this one prints
 * nothing and succeeds.
 */
public final class BenchCommand {
    private BenchCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        return 0;
    }
}

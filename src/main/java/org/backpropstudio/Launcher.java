package org.backpropstudio;

import java.io.File;

import org.backpropstudio.cli.Cli;

/**
 * Entry point (a plain class, so {@code java -jar} works): runs a command-line command, or opens
 * the app. A first argument that is a command name, or that looks like a mistyped one (a plain
 * word that is not an existing file), goes to {@link Cli}; anything else (nothing, a file to open,
 * an option such as {@code --preset}) opens the app.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && isCommandLine(args[0])) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        openApp(args);
    }

    /** Whether the first argument asks for the command line rather than the app. */
    static boolean isCommandLine(String first) {
        if (Cli.isCommand(first)) {
            return true;
        }
        boolean plainWord = first.matches("[A-Za-z][A-Za-z0-9-]*");
        return plainWord && !new File(first).exists();
    }

    /** Opens the JavaFX app; this branch has no UI yet (the UI branch calls StudioApp.launchApp here). */
    private static void openApp(String[] args) {
        System.out.println("the app is not available yet");
    }
}

package org.backpropstudio.cli;

/** A command that cannot go on: its one-line message (without "error: ") and its exit status. */
public final class CommandException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Bad input: a wrong command line or a bad experiment file. */
    public static final int BAD_INPUT = 2;
    /** The input was fine but the work failed (e.g. the output could not be written). */
    public static final int FAILED = 1;

    private final int status;

    public CommandException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static CommandException usage(String message) {
        return new CommandException(BAD_INPUT, message);
    }

    public int status() {
        return status;
    }
}

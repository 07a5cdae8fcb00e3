package org.backpropstudio.ui.figure;

/** A figure could not be drawn; the message is one sentence without the file name. */
public final class FigureException extends Exception {
    private static final long serialVersionUID = 1L;

    public FigureException(String message) {
        super(message);
    }

    public FigureException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.backpropstudio.io;

/**
 * A problem with an experiment file, located in it: the message reads
 * {@code FILE: PLACE: what is wrong}, where PLACE is a JSON path such as
 * {@code $.network.layers[1].activation} (or, for broken JSON, a path and a line and column).
 * The message is always a single line, fit to be printed after {@code error: }.
 */
public final class ExperimentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String place;
    private final String problem;

    /**
     * @param file    the file's name as the user gave it
     * @param place   the JSON path (and possibly line/column), or null when the file as a whole is meant
     * @param problem what is wrong, in words
     */
    public ExperimentException(String file, String place, String problem) {
        super(oneLine(file + ": " + (place == null ? "" : place + ": ") + problem));
        this.file = file;
        this.place = place;
        this.problem = problem;
    }

    /** The file's name as the user gave it. */
    public String file() {
        return file;
    }

    /** The JSON path of the problem, or null when it concerns the whole file. */
    public String place() {
        return place;
    }

    /** What is wrong, without the file and the place. */
    public String problem() {
        return problem;
    }

    /** Collapses line breaks so the message stays one line. */
    static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}

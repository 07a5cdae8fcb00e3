package org.backpropstudio.ui.network;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Reads a weight typed by a learner: a finite number no larger than {@link #LIMIT} in
 * magnitude. Accepts "0.75", "-1e-3", "+2", a comma as decimal separator ("0,75") and the
 * Unicode minus sign. Pure, no toolkit.
 */
public final class WeightInput {
    /** The largest magnitude a typed weight may have. */
    public static final double LIMIT = 1000;

    /** Why a text was refused: the key of the message that says so. */
    public enum Problem {
        EMPTY("net.edit.empty"), NOT_A_NUMBER("net.edit.notNumber"), TOO_LARGE("net.edit.tooLarge");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        /** The message's key in the UI bundle. */
        public String key() {
            return key;
        }
    }

    /** The outcome: a value, or the problem with the text. */
    public record Result(double value, Problem problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private WeightInput() {
    }

    public static Result parse(String text) {
        String s = text == null ? "" : text.strip().replace('\u2212', '-');
        if (s.isEmpty()) {
            return new Result(Double.NaN, Problem.EMPTY);
        }
        if (s.indexOf(',') >= 0 && s.indexOf('.') < 0) {
            s = s.replace(',', '.');
        }
        if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return new Result(Double.NaN, Problem.NOT_A_NUMBER);
        }
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return new Result(Double.NaN, Problem.NOT_A_NUMBER);
        }
        if (!Double.isFinite(v) || Math.abs(v) > LIMIT) {
            return new Result(v, Problem.TOO_LARGE);
        }
        return new Result(v, null);
    }

    /** A weight as the editor first shows it: up to 6 decimals, no grouping, a dot. */
    public static String show(double w) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ROOT);
        f.setGroupingUsed(false);
        f.setMaximumFractionDigits(6);
        return f.format(w);
    }
}

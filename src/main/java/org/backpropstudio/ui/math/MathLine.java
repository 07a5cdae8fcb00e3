package org.backpropstudio.ui.math;

import java.util.List;

/**
 * One line of the inspector: a section title, an equation whose equals sign lines up with the
 * others (an empty left side continues the equation above), the rest of a right side too long
 * for one line (no equals sign; it starts with its operator), or a sentence.
 *
 * @param kind  what the line is
 * @param left  the left side of an equation (empty for a continuation line)
 * @param right the right side of an equation
 * @param text  the title or sentence, or for an equation a short note of what it means (or null)
 */
public record MathLine(Kind kind, List<MathToken> left, List<MathToken> right, String text) {

    public enum Kind { TITLE, EQUATION, CONTINUATION, NOTE }

    public MathLine {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    public static MathLine title(String text) {
        return new MathLine(Kind.TITLE, List.of(), List.of(), text);
    }

    public static MathLine note(String text) {
        return new MathLine(Kind.NOTE, List.of(), List.of(), text);
    }

    /** More of the right side above, after a line break. */
    public static MathLine continuation(List<MathToken> right) {
        return new MathLine(Kind.CONTINUATION, List.of(), right, null);
    }

    public static MathLine equation(List<MathToken> left, List<MathToken> right, String note) {
        return new MathLine(Kind.EQUATION, left, right, note);
    }
}

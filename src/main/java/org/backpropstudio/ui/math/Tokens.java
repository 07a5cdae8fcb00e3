package org.backpropstudio.ui.math;

import java.util.ArrayList;
import java.util.List;

/** A small builder of token lists: {@code new Tokens().v("z").eq().n(z, "z").list()}. */
final class Tokens {
    static final String MINUS = "\u2212";
    static final String TIMES = "\u00b7";

    private final List<MathToken> tokens = new ArrayList<>();

    /** An italic variable. */
    Tokens v(String name) {
        tokens.add(new MathToken.Var(name));
        return this;
    }

    /** An italic variable with a subscript. */
    Tokens v(String name, String sub) {
        tokens.add(new MathToken.Var(name, sub));
        return this;
    }

    /** A number; written in brackets when negative, since it follows an operator. */
    Tokens n(double value, String role) {
        boolean bracket = value < 0 || value == 0 && 1 / value < 0;
        if (bracket) {
            tokens.add(new MathToken.Op("(", false));
        }
        tokens.add(new MathToken.Num(value, role));
        if (bracket) {
            tokens.add(new MathToken.Op(")", false));
        }
        return this;
    }

    /** A number that starts an expression or stands alone: never bracketed. */
    Tokens lead(double value, String role) {
        tokens.add(new MathToken.Num(value, role));
        return this;
    }

    Tokens op(String symbol) {
        tokens.add(new MathToken.Op(symbol, true));
        return this;
    }

    /** A bracket or other symbol without space around it. */
    Tokens tight(String symbol) {
        tokens.add(new MathToken.Op(symbol, false));
        return this;
    }

    Tokens eq() {
        return op("=");
    }

    Tokens plus() {
        return op("+");
    }

    Tokens minus() {
        return op(MINUS);
    }

    Tokens times() {
        return op(TIMES);
    }

    Tokens fn(String name) {
        tokens.add(new MathToken.Fn(name));
        return this;
    }

    /** A derivative written as the lesson and the diagram write it: d top / d bottom. */
    Tokens d(String top, String bottom) {
        return tight("d").v(top).tight("/").tight("d").v(bottom);
    }

    /** f′(z). */
    Tokens slope() {
        return v("f\u2032").tight("(").v("z").tight(")");
    }

    List<MathToken> list() {
        return List.copyOf(tokens);
    }
}

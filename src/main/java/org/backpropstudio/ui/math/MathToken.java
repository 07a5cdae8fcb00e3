package org.backpropstudio.ui.math;

import org.backpropstudio.ui.fx.Numbers;

/**
 * One piece of a typeset formula. Pure data: the view decides fonts and spacing.
 */
public sealed interface MathToken {

    /** An italic variable such as z, w, δ, with an optional upright subscript (null for none). */
    record Var(String name, String sub) implements MathToken {
        public Var(String name) {
            this(name, null);
        }
    }

    /**
     * A number as the engine computed it. {@code role} says which quantity it is (see the
     * {@code ROLE_} constants of {@link Formulas}) so tests can find it; null for none.
     */
    record Num(double value, String role) implements MathToken {
        /** The number as shown: six significant digits. */
        public String text() {
            return Numbers.precise(value);
        }
    }

    /** An operator or bracket; {@code spaced} ones (=, +, −, ·) get space on both sides. */
    record Op(String symbol, boolean spaced) implements MathToken {
    }

    /** An upright function name such as tanh or max. */
    record Fn(String name) implements MathToken {
    }
}

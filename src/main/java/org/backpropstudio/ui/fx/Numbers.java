package org.backpropstudio.ui.fx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers as the app shows them to a learner, the same way everywhere: plain notation for
 * ordinary magnitudes (0.4123, -12.35, 0.001234), scientific notation for the very small and
 * very large (1.235e-6), a true minus sign, and "NaN" or "\u221e" as they are. Four significant
 * digits on the diagram, three inside small circles, six in the math inspector (enough that a
 * learner can redo a line's arithmetic and get its result).
 */
public final class Numbers {
    private static final MathContext FOUR = new MathContext(4);
    private static final MathContext THREE = new MathContext(3);
    private static final MathContext SIX = new MathContext(6);

    private Numbers() {
    }

    public static String format(double v) {
        return format(v, FOUR);
    }

    /** Three significant digits, for numbers written inside small circles (0.0909, −12.3). */
    public static String brief(double v) {
        return format(v, THREE);
    }

    /** Six significant digits, for the math inspector's formulas. */
    public static String precise(double v) {
        return format(v, SIX);
    }

    private static String format(double v, MathContext digits) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "\u2212\u221e";
        }
        if (v == 0) {
            return "0";
        }
        double m = Math.abs(v);
        String s;
        if (m >= 1e-4 && m < 1e6) {
            s = BigDecimal.valueOf(v).round(digits).stripTrailingZeros().toPlainString();
        } else {
            s = String.format(Locale.ROOT, "%." + (digits.getPrecision() - 1) + "e", v);
            // 1.230e-06 -> 1.23e-6
            int e = s.indexOf('e');
            String mantissa = s.substring(0, e).replaceAll("0+$", "").replaceAll("\\.$", "");
            int exponent = Integer.parseInt(s.substring(e + 1));
            s = mantissa + "e" + exponent;
        }
        return s.replace('-', '\u2212');
    }
}

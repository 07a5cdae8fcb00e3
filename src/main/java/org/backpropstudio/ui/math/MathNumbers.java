package org.backpropstudio.ui.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers as the math inspector writes them: six significant digits, plain notation from 1e-4
 * to 1e6 and scientific notation outside, a true minus sign. Enough digits that a learner can
 * redo the arithmetic of a line and get its result.
 */
public final class MathNumbers {
    private static final MathContext SIX = new MathContext(6);

    private MathNumbers() {
    }

    public static String format(double v) {
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
            s = new BigDecimal(v).round(SIX).stripTrailingZeros().toPlainString();
        } else {
            s = String.format(Locale.ROOT, "%.5e", v);
            int e = s.indexOf('e');
            String mantissa = s.substring(0, e).replaceAll("0+$", "").replaceAll("\\.$", "");
            s = mantissa + "e" + Integer.parseInt(s.substring(e + 1));
        }
        return s.replace('-', '\u2212');
    }
}

package org.backpropstudio.ui.studio;

import java.util.Locale;

/**
 * What a number field accepts, checked before a value reaches the model: the kind of number
 * and its bounds. {@link #check(String)} turns typed text into a value or into the bundle key
 * of a short message (with the bound as its argument). No JavaFX here, so tests need no toolkit.
 *
 * @param integer  whether only whole numbers are accepted
 * @param min      the smallest value (or the bound just below, when {@code minOpen})
 * @param minOpen  whether {@code min} itself is refused
 * @param max      the largest value (or the bound just above, when {@code maxOpen})
 * @param maxOpen  whether {@code max} itself is refused
 */
public record SettingRules(boolean integer, double min, boolean minOpen, double max, boolean maxOpen) {

    /** Learning rate eta: greater than 0, at most 10. */
    public static final SettingRules LEARNING_RATE = new SettingRules(false, 0, true, 10, false);
    /** Momentum: at least 0, less than 1. */
    public static final SettingRules MOMENTUM = new SettingRules(false, 0, false, 1, true);
    /** Regularization rate: at least 0, at most 10. */
    public static final SettingRules REGULARIZATION_RATE = new SettingRules(false, 0, false, 10, false);
    /** Batch size: a whole number from 1 to 1000. */
    public static final SettingRules BATCH_SIZE = new SettingRules(true, 1, false, 1000, false);
    /** Seed: any whole number that fits in 64 bits. */
    public static final SettingRules SEED = new SettingRules(true, Long.MIN_VALUE, false, Long.MAX_VALUE, false);

    /**
     * The outcome of checking typed text: a value, or the key of what is wrong ({@code
     * invalid.number}, {@code invalid.integer}, {@code invalid.above}, {@code invalid.atLeast},
     * {@code invalid.below}, {@code invalid.atMost}) and the bound it names.
     */
    public record Result(double value, long whole, String errorKey, double bound) {
        static Result error(String key, double bound) {
            return new Result(Double.NaN, 0, key, bound);
        }

        public boolean ok() {
            return errorKey == null;
        }
    }

    public Result check(String text) {
        String t = text == null ? "" : text.trim();
        double v;
        if (t.isEmpty()) {
            return Result.error(integer ? "invalid.integer" : "invalid.number", 0);
        }
        if (integer) {
            try {
                long whole = Long.parseLong(t);
                if (whole < min || whole > max) {
                    return Result.error(whole < min ? "invalid.atLeast" : "invalid.atMost", whole < min ? min : max);
                }
                return new Result(whole, whole, null, 0);
            } catch (NumberFormatException e) {
                return Result.error("invalid.integer", 0);
            }
        } else {
            try {
                v = Double.parseDouble(t.replace(',', '.'));
            } catch (NumberFormatException e) {
                return Result.error("invalid.number", 0);
            }
            if (!Double.isFinite(v) || t.matches(".*[A-Za-z&&[^eE]].*")) {
                return Result.error("invalid.number", 0);
            }
        }
        if (minOpen ? !(v > min) : !(v >= min)) {
            return Result.error(minOpen ? "invalid.above" : "invalid.atLeast", min);
        }
        if (maxOpen ? !(v < max) : !(v <= max)) {
            return Result.error(maxOpen ? "invalid.below" : "invalid.atMost", max);
        }
        return new Result(v, (long) v, null, 0);
    }

    /** Whether a value is acceptable. */
    public boolean accepts(double v) {
        return check(format(v)).ok();
    }

    /** A value as a field shows it: whole numbers without a decimal point, others in plain notation. */
    public String format(double v) {
        if (integer || (v == Math.rint(v) && Math.abs(v) < 1e15)) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            return Double.toString(v);
        }
        s = s.contains(".") ? s.replaceAll("0+$", "") : s;
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}

package org.backpropstudio.ui.fx;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Axis ticks a reader can take in at a glance: steps of 1, 2 or 5 times a power of ten on a
 * linear axis, whole powers of ten on a log axis, and labels with just enough decimals.
 * Pure arithmetic, no JavaFX.
 */
public final class Ticks {

    private Ticks() {
    }

    /** A nice step that cuts [min, max] into at most about {@code count} parts. */
    public static double step(double min, double max, int count) {
        double span = max - min;
        if (!(span > 0) || !Double.isFinite(span)) {
            return 1;
        }
        double raw = span / Math.max(1, count);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * power;
    }

    /** The multiples of {@code step} inside [min, max] (with a little tolerance), ascending. */
    public static double[] linear(double min, double max, double step) {
        if (!(step > 0) || !(max >= min) || !Double.isFinite(min) || !Double.isFinite(max)) {
            return new double[0];
        }
        double eps = step * 1e-9;
        long first = (long) Math.ceil((min - eps) / step);
        long last = (long) Math.floor((max + eps) / step);
        int n = (int) Math.max(0, Math.min(1000, last - first + 1));
        double[] ticks = new double[n];
        for (int i = 0; i < n; i++) {
            double v = (first + i) * step;
            ticks[i] = Math.abs(v) < eps ? 0 : v; // no "-0"
        }
        return ticks;
    }

    /** Nice linear ticks for [min, max], about {@code count} of them. */
    public static double[] linear(double min, double max, int count) {
        return linear(min, max, step(min, max, count));
    }

    /** The largest tick value at or above {@code max} for this step (to round an axis up). */
    public static double ceil(double max, double step) {
        return Math.ceil(max / step - 1e-9) * step;
    }

    /** Powers of ten from 10^lowExp to 10^highExp, thinned so at most about {@code count} remain. */
    public static double[] decades(int lowExp, int highExp, int count) {
        int n = Math.max(0, highExp - lowExp + 1);
        int every = Math.max(1, (int) Math.ceil(n / (double) Math.max(1, count)));
        int kept = (n + every - 1) / every;
        double[] ticks = new double[kept];
        for (int i = 0; i < kept; i++) {
            ticks[i] = Math.pow(10, lowExp + i * every);
        }
        return ticks;
    }

    /**
     * Ticks of a log axis from 10^lowExp to 10^highExp, as powers of ten: every decade while
     * there are at most {@code count} of them (thinned beyond), and also 2 and 5 times each
     * power when the axis spans at most two decades.
     */
    public static double[] logTicks(int lowExp, int highExp, int count) {
        if (highExp - lowExp > 2) {
            return decades(lowExp, highExp, count);
        }
        double[] ticks = new double[3 * (highExp - lowExp) + 1];
        int n = 0;
        for (int e = lowExp; e <= highExp; e++) {
            double p = Math.pow(10, e);
            ticks[n++] = p;
            if (e < highExp) {
                ticks[n++] = 2 * p;
                ticks[n++] = 5 * p;
            }
        }
        return ticks;
    }

    /** A tick label with as many decimals as the step needs ("0.25", "1,000", "2e-5"). */
    public static String label(double value, double step) {
        if (value == 0) {
            return "0";
        }
        double a = Math.abs(value);
        if (a >= 1e6 || a < 1e-4) {
            return exponent(value);
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(value);
    }

    /** A tick label for counts such as steps, short for large ones: "800", "25k", "1.5M". */
    public static String compact(double value, double step) {
        double a = Math.abs(value);
        if (a >= 1e6) {
            return label(value / 1e6, Math.max(step / 1e6, 0.001)) + "M";
        }
        if (a >= 1e4) {
            return label(value / 1e3, Math.max(step / 1e3, 0.001)) + "k";
        }
        return label(value, Math.max(step, 1));
    }

    /** A log-axis tick label (1, 2 or 5 times a power of ten): "1", "0.2", "0.005", then "1e-4" and beyond. */
    public static String decadeLabel(double value) {
        double a = Math.abs(value);
        if (a >= 1e-3 && a < 1e5) {
            int decimals = Math.max(0, (int) Math.ceil(-Math.log10(a) - 1e-9));
            return label(value, Math.pow(10, -decimals));
        }
        return exponent(value);
    }

    /** A current value in a few significant digits ("0.0423", "1.27", "3.1e-6"). */
    public static String value(double v) {
        if (!Double.isFinite(v)) {
            return "\u2013";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            return exponent(v);
        }
        DecimalFormat f = new DecimalFormat(a >= 100 ? "#,##0" : a >= 1 ? "0.00" : "0.0000",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    private static String exponent(double v) {
        DecimalFormat f = new DecimalFormat("0.#E0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v).replace("E", "e");
    }
}

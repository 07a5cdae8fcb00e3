package org.backpropstudio.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON value of the file being read together with its path ({@code $.network.layers[1]}),
 * with checked accessors whose errors name the file and that path.
 */
final class Cursor {
    private final String file;
    private final String path;
    private final JsonNode node;

    Cursor(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    String path() {
        return path;
    }

    JsonNode node() {
        return node;
    }

    ExperimentException error(String problem) {
        return new ExperimentException(file, path, problem);
    }

    /** An error about a value inside this one, at {@code path + suffix}. */
    ExperimentException errorBelow(String suffix, String problem) {
        return new ExperimentException(file, path + suffix, problem);
    }

    boolean has(String name) {
        return node.has(name);
    }

    /** A field that must be present. */
    Cursor field(String name) throws ExperimentException {
        JsonNode v = node.get(name);
        if (v == null) {
            throw new ExperimentException(file, path + "." + name, "the required field '" + name + "' is missing");
        }
        return new Cursor(file, path + "." + name, v);
    }

    /** A field that may be absent (then null). */
    Cursor optional(String name) {
        JsonNode v = node.get(name);
        return v == null ? null : new Cursor(file, path + "." + name, v);
    }

    /** Checks this is an object whose fields are all among {@code allowed}. */
    Cursor object(String what, String... allowed) throws ExperimentException {
        if (!node.isObject()) {
            throw error("expected " + what + " (a JSON object { ... }), found " + describe(node));
        }
        List<String> known = Arrays.asList(allowed);
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                String hint = suggestion(name, known);
                throw new ExperimentException(file, path + "." + name, "unknown field '" + name + "' ("
                        + (hint != null ? "did you mean '" + hint + "'?" : "expected one of " + String.join(", ", known)) + ")");
            }
        }
        return this;
    }

    /** The elements of an array of {@code min} to {@code max} elements. */
    List<Cursor> array(String what, int min, int max) throws ExperimentException {
        if (!node.isArray()) {
            throw error("expected " + what + " (a JSON array [ ... ]), found " + describe(node));
        }
        int n = node.size();
        if (n < min || n > max) {
            throw error(min == max ? "expected " + min + " " + what + ", found " + n
                    : "expected " + min + " to " + max + " " + what + ", found " + n);
        }
        List<Cursor> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Cursor(file, path + "[" + i + "]", node.get(i)));
        }
        return out;
    }

    String string() throws ExperimentException {
        if (!node.isTextual()) {
            throw error("expected a string in quotes, found " + describe(node));
        }
        return node.textValue();
    }

    boolean bool() throws ExperimentException {
        if (!node.isBoolean()) {
            throw error("expected true or false, found " + describe(node));
        }
        return node.booleanValue();
    }

    /** A whole number in [min, max]. */
    long whole(long min, long max) throws ExperimentException {
        if (!node.isNumber()) {
            throw error("expected a whole number, found " + describe(node));
        }
        if (!node.isIntegralNumber()) {
            throw error("expected a whole number, found " + node.asText());
        }
        if (!node.canConvertToLong() || node.longValue() < min || node.longValue() > max) {
            throw error(max == Long.MAX_VALUE ? "must be at least " + min + ", found " + node.asText()
                    : "must be from " + min + " to " + max + ", found " + node.asText());
        }
        return node.longValue();
    }

    int integer(int min, int max) throws ExperimentException {
        return (int) whole(min, max);
    }

    /** A finite number. */
    double number() throws ExperimentException {
        if (!node.isNumber()) {
            throw error("expected a number, found " + describe(node));
        }
        double v = node.doubleValue();
        if (!Double.isFinite(v)) {
            throw error("the number " + node.asText() + " is too large (it must be finite)");
        }
        return v;
    }

    /** A finite number for which {@code ok} holds, else an error that says {@code rule}. */
    double number(java.util.function.DoublePredicate ok, String rule) throws ExperimentException {
        double v = number();
        if (!ok.test(v)) {
            throw error("must be " + rule + ", found " + node.asText());
        }
        return v;
    }

    /** An array of exactly {@code n} finite numbers, each explained as {@code each}. */
    double[] numbers(int n, String each) throws ExperimentException {
        List<Cursor> items = array(each, n, n);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = items.get(i).number();
        }
        return out;
    }

    /** Describes a JSON value for "found ..." in messages. */
    static String describe(JsonNode v) {
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isTextual()) {
            String t = v.textValue();
            return "the string \"" + (t.length() > 40 ? t.substring(0, 40) + "..." : t) + "\"";
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isBoolean()) {
            return String.valueOf(v.booleanValue());
        }
        return "the number " + v.asText();
    }

    /** A known name close to {@code name} (same letters ignoring case, or one or two edits away). */
    static String suggestion(String name, List<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = k.equalsIgnoreCase(name) ? 0 : distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

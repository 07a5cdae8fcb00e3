package org.backpropstudio.io;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Prints a JSON tree in the project's layout: two-space indents, fields in insertion order,
 * arrays of numbers on one line, a matrix one row per line, and small objects inside arrays
 * (a sample's {@code x} and {@code y}) on one line each. Doubles are written with
 * {@link Double#toString(double)}, which reads back to the identical value; non-finite numbers
 * are refused because JSON cannot hold them.
 */
public final class JsonPrinter {
    private static final String INDENT = "  ";

    private JsonPrinter() {
    }

    /** The tree as text, ending with a line break. */
    public static String print(JsonNode root) {
        StringBuilder sb = new StringBuilder();
        value(sb, root, 0, false);
        return sb.append('\n').toString();
    }

    private static void value(StringBuilder sb, JsonNode v, int depth, boolean inArray) {
        if (v.isObject()) {
            if (inArray && isFlat(v)) {
                inline(sb, v);
            } else {
                object(sb, v, depth);
            }
        } else if (v.isArray()) {
            array(sb, v, depth);
        } else {
            scalar(sb, v);
        }
    }

    private static void object(StringBuilder sb, JsonNode v, int depth) {
        if (v.size() == 0) {
            sb.append("{}");
            return;
        }
        sb.append("{\n");
        Iterator<Map.Entry<String, JsonNode>> it = v.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            indent(sb, depth + 1);
            string(sb, e.getKey());
            sb.append(": ");
            value(sb, e.getValue(), depth + 1, false);
            sb.append(it.hasNext() ? ",\n" : "\n");
        }
        indent(sb, depth);
        sb.append('}');
    }

    private static void array(StringBuilder sb, JsonNode v, int depth) {
        if (allScalar(v)) {
            inline(sb, v);
            return;
        }
        sb.append("[\n");
        for (int i = 0; i < v.size(); i++) {
            indent(sb, depth + 1);
            JsonNode e = v.get(i);
            if (e.isArray() && allScalar(e)) {
                inline(sb, e);
            } else {
                value(sb, e, depth + 1, true);
            }
            sb.append(i + 1 < v.size() ? ",\n" : "\n");
        }
        indent(sb, depth);
        sb.append(']');
    }

    /** Writes a value on one line (objects with spaces inside the braces). */
    private static void inline(StringBuilder sb, JsonNode v) {
        if (v.isArray()) {
            sb.append('[');
            for (int i = 0; i < v.size(); i++) {
                sb.append(i == 0 ? "" : ", ");
                inline(sb, v.get(i));
            }
            sb.append(']');
        } else if (v.isObject()) {
            sb.append("{ ");
            Iterator<Map.Entry<String, JsonNode>> it = v.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                string(sb, e.getKey());
                sb.append(": ");
                inline(sb, e.getValue());
                sb.append(it.hasNext() ? ", " : " ");
            }
            sb.append('}');
        } else {
            scalar(sb, v);
        }
    }

    private static boolean allScalar(JsonNode array) {
        for (JsonNode e : array) {
            if (e.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    /** An object whose values are scalars or arrays of scalars. */
    private static boolean isFlat(JsonNode object) {
        for (JsonNode e : object) {
            if (e.isObject() || (e.isArray() && !allScalar(e))) {
                return false;
            }
        }
        return true;
    }

    private static void scalar(StringBuilder sb, JsonNode v) {
        if (v.isTextual()) {
            string(sb, v.textValue());
        } else if (v.isIntegralNumber()) {
            sb.append(v.bigIntegerValue());
        } else if (v.isNumber()) {
            double d = v.doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("JSON cannot hold the number " + d);
            }
            sb.append(Double.toString(d));
        } else if (v.isBoolean()) {
            sb.append(v.booleanValue());
        } else if (v.isNull()) {
            sb.append("null");
        } else {
            throw new IllegalArgumentException("cannot print " + v.getNodeType());
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        sb.append(JsonStringEncoder.getInstance().quoteAsString(s));
        sb.append('"');
    }

    private static void indent(StringBuilder sb, int depth) {
        for (int i = 0; i < depth; i++) {
            sb.append(INDENT);
        }
    }
}

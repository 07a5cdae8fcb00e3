package org.backpropstudio.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Test helper: a valid experiment as JSON text, and edits of it addressed by JSON pointers
 * ({@code /network/layers/1/activation}). A replacement value is raw JSON text, inserted
 * verbatim, so numbers such as {@code 1e400} reach the reader exactly as written.
 */
final class Edits {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String RAW = "@@raw@@";

    /** The worked example with every section present (training, regularization, test samples). */
    static final String VALID = """
            {
              "format": "backprop-studio/experiment",
              "version": 1,
              "network": {
                "inputs": 2,
                "initializer": "xavier",
                "layers": [
                  { "units": 2, "activation": "sigmoid",
                    "weights": [[0.15, 0.20], [0.25, 0.30]], "biases": [0.35, 0.35] },
                  { "units": 2, "activation": "sigmoid",
                    "weights": [[0.40, 0.45], [0.50, 0.55]], "biases": [0.60, 0.60] }
                ]
              },
              "loss": "mse",
              "optimizer": { "type": "sgd", "learningRate": 0.5 },
              "regularization": { "type": "none", "rate": 0 },
              "training": { "batchSize": 1, "seed": 42, "shuffle": false, "stepsDone": 0 },
              "data": {
                "train": [ { "x": [0.05, 0.10], "y": [0.01, 0.99] } ],
                "test": [ { "x": [0.5, 0.5], "y": [0.5, 0.5] } ]
              }
            }
            """;

    private final ObjectNode root;
    private final java.util.List<String> raws = new java.util.ArrayList<>();

    private Edits(String json) {
        try {
            root = (ObjectNode) MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Edits of(String json) {
        return new Edits(json);
    }

    static Edits valid() {
        return new Edits(VALID);
    }

    /** Sets the value at {@code pointer} (creating the last field if absent) to raw JSON text. */
    Edits set(String pointer, String rawJson) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        TextNode marker = TextNode.valueOf(RAW + raws.size());
        raws.add(rawJson);
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), marker);
        } else {
            ((ObjectNode) parent).set(last, marker);
        }
        return this;
    }

    /** Removes the field at {@code pointer}. */
    Edits remove(String pointer) {
        int cut = pointer.lastIndexOf('/');
        ((ObjectNode) root.at(pointer.substring(0, cut))).remove(pointer.substring(cut + 1));
        return this;
    }

    String text() {
        String s = root.toPrettyString();
        for (int i = raws.size() - 1; i >= 0; i--) {
            s = s.replace("\"" + RAW + i + "\"", raws.get(i));
        }
        return s;
    }
}

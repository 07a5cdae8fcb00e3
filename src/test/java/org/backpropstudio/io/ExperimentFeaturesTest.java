package org.backpropstudio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backpropstudio.data.Feature;
import org.backpropstudio.engine.Trainer;
import org.junit.jupiter.api.Test;

/** The optional {@code features} field: the network's inputs computed from points (x1, x2). */
class ExperimentFeaturesTest {

    /** Three inputs x1, x2, x1*x2 from points of the xor generator, or from written-out points. */
    private static Edits withFeatures(String features, String data) {
        return Edits.valid()
                .set("/network/inputs", "3")
                .set("/network/layers", "[{ \"units\": 2, \"activation\": \"tanh\" }, { \"units\": 1, \"activation\": \"sigmoid\" }]")
                .set("/features", features)
                .set("/data", data);
    }

    private static final String XOR = "{ \"generator\": \"xor\", \"count\": 40, \"noise\": 0, \"testFraction\": 0.25, \"seed\": 3 }";
    private static final String POINTS = "{ \"train\": [ { \"x\": [0.5, -2], \"y\": [1] } ], \"test\": [] }";

    @Test
    void theNetworkTrainsOnTheFeaturesOfThePoints() throws Exception {
        Experiment e = ExperimentReader.read("f.json", withFeatures("[\"x1\", \"x2\", \"x1*x2\"]", POINTS).text());
        assertEquals(List.of(Feature.X1, Feature.X2, Feature.X1_TIMES_X2), e.features());
        assertEquals(2, e.trainPoints().inputs());
        assertEquals(3, e.train().inputs());
        assertArrayEquals(new double[] {0.5, -2, -1}, e.train().inputsOf(0));
        Trainer t = e.newTrainer();
        t.step();
        assertEquals(1, t.steps());
    }

    @Test
    void featuresRoundTripWithARecipe() throws Exception {
        Experiment e = ExperimentReader.read("f.json", withFeatures("[\"x1^2\", \"x2^2\", \"sin(x1)\"]", XOR).text());
        String json = ExperimentWriter.toJson(e);
        assertTrue(json.contains("\"features\""), json);
        assertTrue(json.indexOf("\"features\"") < json.indexOf("\"data\""), "written before the data");
        assertEquals(e, ExperimentReader.read("again", json));
        assertEquals(30, e.train().size());
        assertEquals(3, e.test().inputs());
    }

    @Test
    void filesWithoutFeaturesAreWrittenAsBefore() throws Exception {
        Experiment v = ExperimentReader.read("valid", Edits.VALID);
        Experiment plain = new Experiment(v.network(), v.loss(), v.optimizer(), v.regularization(), v.training(), v.data());
        assertEquals(v, plain);
        assertEquals(List.of(), plain.features());
        assertTrue(!ExperimentWriter.toJson(plain).contains("features"));
    }

    private static void refused(Edits edit, String path, String fragment) {
        ExperimentException e = assertThrows(ExperimentException.class, () -> ExperimentReader.read("exp.json", edit.text()));
        assertEquals(path, e.place(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), () -> "expected '" + fragment + "' in: " + e.getMessage());
    }

    @Test
    void badFeatureListsAreRefusedWithTheirPlace() {
        refused(withFeatures("[\"x1\", \"x3\", \"x2\"]", XOR), "$.features[1]",
                "unknown feature 'x3' (expected one of x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2))");
        refused(withFeatures("[\"x1\", \"x1\", \"x2\"]", XOR), "$.features[1]", "the feature 'x1' is listed twice");
        refused(withFeatures("[\"x1\", \"x2\"]", XOR), "$.features", "the network has 3 inputs, so it needs as many features; found 2");
        refused(withFeatures("[]", XOR), "$.features", "expected");
        refused(withFeatures("\"x1\"", XOR), "$.features", "expected");
        refused(withFeatures("[\"x1\", \"x2\", \"x1*x2\"]", "{ \"train\": [ { \"x\": [1, 2, 3], \"y\": [1] } ] }"),
                "$.data.train[0].x", "a point x1, x2");
        refused(withFeatures("[\"x1\", \"x2\", \"x1*x2\"]", "{ \"generator\": \"line\", \"count\": 10 }"),
                "$.data.generator", "features need points with 2 inputs");
    }
}

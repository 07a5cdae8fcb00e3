package org.backpropstudio.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicLong;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.engine.Regularization;
import org.backpropstudio.engine.Rng;
import org.backpropstudio.engine.StepHistory;
import org.backpropstudio.engine.StepRecord;
import org.backpropstudio.engine.StepTrace;
import org.backpropstudio.engine.Trainer;
import org.backpropstudio.engine.Trainer.Phase;
import org.backpropstudio.io.ExperimentReader;
import org.backpropstudio.session.TrainingSession;
import org.backpropstudio.ui.fx.Numbers;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.math.Formulas;
import org.backpropstudio.ui.studio.Replay;
import org.backpropstudio.ui.studio.Selection;
import org.backpropstudio.ui.studio.StudioModel;
import org.junit.jupiter.api.Test;

/**
 * The numbers shown for a replayed step are that step's: a 2-2-1 sigmoid network small enough
 * to check by hand trains five steps of one sample each, step 2 is replayed, and the diagram's
 * numbers, the hover card and the math inspector's sheet are compared with an independent
 * trainer's record of step 2 (exactly) and with the lesson's formulas worked out here (to 1e-12).
 */
class ReplayNumbersTest {
    static final double ETA = 0.5;
    static final double[][] X = {{0.5, -1.0}, {-0.3, 0.8}, {0.9, 0.2}};
    static final double[][] Y = {{1.0}, {0.0}, {1.0}};
    // w11, w12, w21, w22, b1, b2 | v1, v2, c (the network's flat layout)
    static final double[] START = {0.2, -0.4, 0.7, 0.3, 0.1, -0.2, 0.6, -0.5, 0.05};
    static final String EXPERIMENT = """
            { "format": "backprop-studio/experiment", "version": 1,
              "network": { "inputs": 2, "layers": [
                { "units": 2, "activation": "sigmoid", "weights": [[0.2, -0.4], [0.7, 0.3]], "biases": [0.1, -0.2] },
                { "units": 1, "activation": "sigmoid", "weights": [[0.6, -0.5]], "biases": [0.05] } ] },
              "loss": "mse", "optimizer": { "type": "sgd", "learningRate": 0.5 },
              "regularization": { "type": "none", "rate": 0 },
              "training": { "batchSize": 1, "seed": 42, "shuffle": false },
              "data": { "train": [ { "x": [0.5, -1.0], "y": [1.0] }, { "x": [-0.3, 0.8], "y": [0.0] },
                                   { "x": [0.9, 0.2], "y": [1.0] } ], "test": [] } }
            """;

    private final AtomicLong clock = new AtomicLong();
    private final ResourceBundle text = Messages.bundle(Locale.ROOT);
    private final StudioModel model = new StudioModel((factory, test) -> TrainingSession.manual(factory, test, clock::get));
    private final StepThrough st = new StepThrough(model);

    private void frame(double dt) {
        model.session().runPendingCommands();
        model.pull();
        st.onFrame(dt);
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** The reference: the same network and data in a trainer of its own, five steps. */
    private static StepRecord referenceStep(int step) {
        Network net = new Network(2, new int[] {2, 1}, new Activation[] {Activation.SIGMOID, Activation.SIGMOID});
        net.setParameters(START);
        Trainer t = new Trainer(net, Loss.MSE, OptimizerConfig.sgd(ETA), Regularization.NONE,
                Dataset.of(2, 1, X, Y), 1, false, new Rng(42));
        t.setHistory(new StepHistory(10, net.parameterCount(), 1));
        t.train(5);
        return t.history().get(step);
    }

    @Test
    void stepTwoReplayedShowsStepTwosWeightsAndGradients() throws Exception {
        model.load(ExperimentReader.read("two-two-one", EXPERIMENT));
        frame(0);
        assertArrayEquals(START, model.getSnapshot().parameters(), 0.0);
        model.setWatchedSample(1); // step 2 trains on sample 2 (index 1): no shuffle, batches of one
        for (int i = 0; i < 5; i++) {
            model.step();
        }
        frame(0);
        assertEquals(5, model.getSnapshot().step());

        st.rewind().goTo(2, Phase.UPDATE, false);
        for (int i = 0; i < 3; i++) {
            frame(0);
        }
        StepRecord ref = referenceStep(2);
        StepRecord shown = st.numbers().record();
        assertEquals(2, shown.step());
        assertArrayEquals(ref.before(), shown.before(), 0.0, "weights before step 2: the engine's own");
        assertArrayEquals(ref.after(), shown.after(), 0.0);
        assertArrayEquals(ref.gradient(), shown.gradient(), 0.0);
        assertArrayEquals(new int[] {1}, shown.batch());
        assertEquals(Phase.UPDATE, st.animation().phase());

        // by hand, at the weights step 2 started from, for sample 2
        double[] p = ref.before();
        double x1 = X[1][0], x2 = X[1][1], y = Y[1][0];
        double a1 = sigmoid(p[0] * x1 + p[1] * x2 + p[4]);
        double a2 = sigmoid(p[2] * x1 + p[3] * x2 + p[5]);
        double ao = sigmoid(p[6] * a1 + p[7] * a2 + p[8]);
        double deltaO = -(y - ao) * ao * (1 - ao);
        double dEdv1 = deltaO * a1; // output weight v1 = w:1:0:0
        double dEdw12 = a1 * (1 - a1) * (p[6] * deltaO) * x2; // hidden weight w12 = w:0:0:1
        StepTrace t = st.numbers().trace();
        assertEquals(1, t.sample());
        assertEquals(ao, t.output().a()[0], 1e-12);
        assertEquals(dEdv1, t.layer(1).dEdw()[0][0], 1e-12);
        assertEquals(dEdw12, t.layer(0).dEdw()[0][1], 1e-12);
        // one sample a batch: the step's gradient is the watched sample's, and w - eta * dE/dw is the new w
        int v1 = ParameterName.weight(1, 0, 0).index(model.getSnapshot().network());
        int w12 = ParameterName.weight(0, 0, 1).index(model.getSnapshot().network());
        assertEquals(dEdv1, ref.gradient()[v1], 1e-12);
        assertEquals(p[v1] - ETA * dEdv1, ref.after()[v1], 1e-12);
        assertEquals(p[w12] - ETA * dEdw12, ref.after()[w12], 1e-12);
        assertTrue(Math.abs(ref.after()[v1] - model.getSnapshot().parameter(v1)) > 1e-6,
                "the present's v1 differs from step 2's, so the check can tell them apart");

        // the hover card of edge v1 (column 2, unit 0, from 0)
        Replay r = model.getReplay();
        NetworkText.Card card = new NetworkText(text).replayCard(r, List.of(), DiagramHits.Target.edge(2, 0, 0));
        assertTrue(card.lines().contains("w = " + Numbers.format(ref.before()[v1])), card.lines().toString());
        assertTrue(card.lines().contains("dE/dw = " + Numbers.format(t.layer(1).dEdw()[0][0])), card.lines().toString());
        assertTrue(card.lines().contains("after step 2: w = " + Numbers.format(ref.after()[v1])), card.lines().toString());
        assertEquals("Step 2 as it ran \u00b7 watched sample 2", card.note());
        assertNull(card.hint(), "a past step is not edited");

        // the math inspector's sheet for v1 and for w12
        Formulas formulas = new Formulas(text);
        Formulas.Input in = Formulas.Input.replay(r, model.getSnapshot(), List.of());
        Formulas.Sheet sheet = formulas.build(in, new Selection.Parameter(ParameterName.weight(1, 0, 0)));
        assertEquals(List.of(ref.before()[v1]), sheet.values(Formulas.ROLE_W), "w as step 2 found it");
        assertEquals(List.of(ref.before()[v1]), sheet.values(Formulas.ROLE_W_BEFORE));
        assertEquals(List.of(ref.after()[v1]), sheet.values(Formulas.ROLE_W_AFTER));
        assertEquals(List.of(ref.gradient()[v1]), sheet.values(Formulas.ROLE_GRADIENT));
        assertEquals(List.of(ETA), sheet.values(Formulas.ROLE_ETA));
        assertEquals(dEdv1, sheet.values(Formulas.ROLE_DEDW).get(0), 1e-12);
        assertEquals(t.layer(1).dEdw()[0][0], sheet.values(Formulas.ROLE_DEDW).get(0), 0.0);
        assertTrue(sheet.lines().get(0).toString().contains("Replaying step 2"), sheet.lines().get(0).toString());
        Formulas.Sheet hidden = formulas.build(in, new Selection.Parameter(ParameterName.weight(0, 0, 1)));
        assertEquals(dEdw12, hidden.values(Formulas.ROLE_DEDW).get(0), 1e-12);
        assertEquals(List.of(ref.after()[w12]), hidden.values(Formulas.ROLE_W_AFTER));

        assertEquals(5, model.getSnapshot().step(), "replaying trained nothing");
    }
}

package org.backpropstudio.ui.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.backpropstudio.ui.fx.Numbers;
import org.backpropstudio.data.Dataset;
import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.OptimizerType;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.engine.Regularization;
import org.backpropstudio.engine.Rng;
import org.backpropstudio.engine.StepHistory;
import org.backpropstudio.engine.StepRecord;
import org.backpropstudio.engine.StepTrace;
import org.backpropstudio.engine.Trainer;
import org.backpropstudio.session.NetworkShape;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.studio.Selection;
import org.junit.jupiter.api.Test;

/**
 * The inspector's numbers on a 2-2-1 sigmoid network small enough to check by hand: each is
 * compared with the lesson's formulas worked out here in plain arithmetic (to 1e-12) and with
 * the engine's trace (exactly).
 */
class FormulasTest {
    // inputs, target
    static final double X1 = 0.5, X2 = -1.0, Y = 1.0;
    // hidden layer: unit 1 (w11, w12, b1), unit 2 (w21, w22, b2); output: v1, v2, c
    static final double W11 = 0.2, W12 = -0.4, B1 = 0.1, W21 = 0.7, W22 = 0.3, B2 = -0.2;
    static final double V1 = 0.6, V2 = -0.5, C = 0.05;
    static final double ETA = 0.5;
    static final double TOL = 1e-12;

    private final ResourceBundle text = Messages.bundle(Locale.ROOT);
    private final Formulas formulas = new Formulas(text);
    private final Network net = network();
    private final Dataset data = Dataset.of(2, 1, new double[][] {{X1, X2}}, new double[][] {{Y}});
    private final StepTrace trace = Trainer.trace(net, Loss.MSE, data, 0);

    // the lesson's numbers, by hand
    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static final double Z1 = 0.2 * 0.5 + -0.4 * -1.0 + 0.1; // 0.6
    static final double Z2 = 0.7 * 0.5 + 0.3 * -1.0 - 0.2; // -0.15
    static final double A1 = sigmoid(Z1), A2 = sigmoid(Z2);
    static final double ZO = V1 * A1 + V2 * A2 + C;
    static final double AO = sigmoid(ZO);
    static final double DEDA = -(Y - AO);
    static final double DADZ = AO * (1 - AO);
    static final double DELTA_O = DEDA * DADZ;
    static final double DELTA_1 = A1 * (1 - A1) * (V1 * DELTA_O);

    private static Network network() {
        Network n = new Network(2, new int[] {2, 1}, new Activation[] {Activation.SIGMOID, Activation.SIGMOID});
        n.setParameters(new double[] {W11, W12, W21, W22, B1, B2, V1, V2, C});
        return n;
    }

    private Formulas.Input input(StepRecord last) {
        return new Formulas.Input(NetworkShape.of(net), net.parameters(), trace, Loss.MSE, OptimizerType.SGD, ETA, last);
    }

    private static double only(Formulas.Sheet s, String role) {
        List<Double> v = s.values(role);
        assertFalse(v.isEmpty(), "a number with role " + role);
        for (double d : v) {
            assertEquals(v.get(0), d, 0.0, role + " is the same number everywhere");
        }
        return v.get(0);
    }

    @Test
    void handValuesAgreeWithTheEngine() {
        assertEquals(0.6, Z1, 1e-15);
        assertEquals(Z1, trace.layer(0).z()[0], TOL);
        assertEquals(ZO, trace.output().z()[0], TOL);
        assertEquals(DELTA_1, trace.layer(0).delta()[0], TOL);
    }

    @Test
    void neuronWritesEveryTermAndItsActivation() {
        Formulas.Sheet s = formulas.build(input(null), Selection.neuron(0, 1));
        assertEquals(List.of(W21, W22), s.values(Formulas.ROLE_W));
        assertEquals(List.of(X1, X2), s.values(Formulas.ROLE_INPUT));
        assertEquals(B2, s.values(Formulas.ROLE_B).get(0), 0.0);
        assertEquals(Z2, only(s, Formulas.ROLE_Z), TOL);
        assertEquals(trace.layer(0).z()[1], only(s, Formulas.ROLE_Z), 0.0);
        assertEquals(A2, only(s, Formulas.ROLE_A), TOL);
        assertEquals(trace.layer(0).a()[1], only(s, Formulas.ROLE_A), 0.0);
        assertEquals(A2 * (1 - A2), only(s, Formulas.ROLE_DADZ), TOL);
        assertNotNull(s.plot());
        assertEquals(Activation.SIGMOID, s.plot().f());
        assertEquals(trace.layer(0).z()[1], s.plot().z(), 0.0);
        assertTrue(s.lines().get(0).text().contains("h1.2"), s.lines().get(0).text());
    }

    @Test
    void outputWeightShowsTheThreeFactors() {
        Formulas.Sheet s = formulas.build(input(null), Selection.parameter(ParameterName.weight(1, 0, 0)));
        double[] f = trace.output().chainFactors(0, 0);
        assertEquals(DEDA, only(s, Formulas.ROLE_DEDA), TOL);
        assertEquals(DADZ, only(s, Formulas.ROLE_DADZ), TOL);
        assertEquals(A1, only(s, Formulas.ROLE_INPUT), TOL);
        assertEquals(DELTA_O * A1, only(s, Formulas.ROLE_DEDW), TOL);
        assertEquals(f[0], only(s, Formulas.ROLE_DEDA), 0.0);
        assertEquals(f[1], only(s, Formulas.ROLE_DADZ), 0.0);
        assertEquals(f[2], only(s, Formulas.ROLE_INPUT), 0.0);
        assertEquals(trace.output().dEdw()[0][0], only(s, Formulas.ROLE_DEDW), 0.0);
        assertEquals(f[0] * f[1] * f[2], only(s, Formulas.ROLE_DEDW), 0.0, "the product shown is the engine's");
        assertEquals(V1, only(s, Formulas.ROLE_W), 0.0);
        assertNull(s.plot());
    }

    @Test
    void hiddenWeightListsEveryTermOfTheSum() {
        Formulas.Sheet s = formulas.build(input(null), Selection.parameter(ParameterName.weight(0, 0, 1)));
        assertEquals(List.of(V1), s.values("wNext"));
        assertEquals(DELTA_O, s.values("deltaNext").get(0), TOL);
        assertEquals(trace.output().delta()[0], s.values("deltaNext").get(0), 0.0);
        assertEquals(V1 * DELTA_O, only(s, Formulas.ROLE_SUM), TOL);
        assertEquals(trace.layer(0).dEda()[0], only(s, Formulas.ROLE_SUM), 0.0);
        assertEquals(A1 * (1 - A1), only(s, Formulas.ROLE_DADZ), TOL);
        assertEquals(DELTA_1, only(s, Formulas.ROLE_DELTA), TOL);
        assertEquals(trace.layer(0).delta()[0], only(s, Formulas.ROLE_DELTA), 0.0);
        assertEquals(X2, only(s, Formulas.ROLE_INPUT), 0.0);
        assertEquals(DELTA_1 * X2, only(s, Formulas.ROLE_DEDW), TOL);
        assertEquals(trace.layer(0).dEdw()[0][1], only(s, Formulas.ROLE_DEDW), 0.0);
    }

    @Test
    void hiddenSumHasOneTermPerNeuronFed() {
        Network wide = new Network(2, new int[] {2, 3}, new Activation[] {Activation.TANH, Activation.SIGMOID});
        wide.setParameters(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, -0.8, 0.9, -1.0, 1.1, -1.2, 0.1, 0.2, 0.3});
        Dataset d = Dataset.of(2, 3, new double[][] {{0.3, -0.7}}, new double[][] {{1, 0, 1}});
        StepTrace t = Trainer.trace(wide, Loss.MSE, d, 0);
        Formulas.Input in = new Formulas.Input(NetworkShape.of(wide), wide.parameters(), t, Loss.MSE, OptimizerType.SGD, 0.1, null);
        Formulas.Sheet s = formulas.build(in, Selection.parameter(ParameterName.bias(0, 1)));
        assertEquals(List.of(0.8 * -1, -1.0, -1.2).size(), s.values("wNext").size());
        assertEquals(List.of(-0.8, -1.0, -1.2), s.values("wNext"));
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            assertEquals(t.output().delta()[k], s.values("deltaNext").get(k), 0.0);
            sum += s.values("wNext").get(k) * t.output().delta()[k];
        }
        assertEquals(t.layer(0).dEda()[1], only(s, Formulas.ROLE_SUM), 0.0);
        assertEquals(sum, only(s, Formulas.ROLE_SUM), 0.0, "the sum of the terms shown, in the engine's order");
        assertEquals(t.layer(0).dEdb()[1], only(s, Formulas.ROLE_DEDB), 0.0);
    }

    @Test
    void crossEntropyShowsDeltaDirectly() {
        StepTrace t = Trainer.trace(net, Loss.CROSS_ENTROPY, data, 0);
        Formulas.Input in = new Formulas.Input(NetworkShape.of(net), net.parameters(), t, Loss.CROSS_ENTROPY,
                OptimizerType.SGD, ETA, null);
        Formulas.Sheet s = formulas.build(in, Selection.parameter(ParameterName.weight(1, 0, 1)));
        assertTrue(s.values(Formulas.ROLE_DEDA).isEmpty(), "no three factors");
        assertEquals(AO - Y, only(s, Formulas.ROLE_DELTA), TOL);
        assertEquals(t.output().delta()[0], only(s, Formulas.ROLE_DELTA), 0.0);
        assertEquals(t.output().dEdw()[0][1], only(s, Formulas.ROLE_DEDW), 0.0);
        assertTrue(s.lines().stream().anyMatch(l -> text.getString("math.note.direct").equals(l.text())));
    }

    @Test
    void softmaxOutputsShowDeltaWithoutTheThreeFactors() {
        Network soft = new Network(2, new int[] {3}, new Activation[] {Activation.SOFTMAX});
        soft.setParameters(new double[] {0.1, -0.2, 0.3, 0.4, -0.5, 0.6, 0.05, -0.05, 0});
        Dataset d = Dataset.of(2, 3, new double[][] {{0.5, -1}}, new double[][] {{0, 1, 0}});
        for (Loss loss : Loss.values()) {
            StepTrace t = Trainer.trace(soft, loss, d, 0);
            Formulas.Input in = new Formulas.Input(NetworkShape.of(soft), soft.parameters(), t, loss, OptimizerType.SGD, 0.1, null);
            Formulas.Sheet s = formulas.build(in, Selection.parameter(ParameterName.weight(0, 1, 0)));
            assertTrue(s.values(Formulas.ROLE_DEDA).isEmpty(), loss + ": no three factors");
            assertEquals(t.output().delta()[1], only(s, Formulas.ROLE_DELTA), 0.0, loss.id());
            assertEquals(t.output().dEdw()[1][0], only(s, Formulas.ROLE_DEDW), 0.0, loss.id());
            String note = text.getString(loss == Loss.CROSS_ENTROPY ? "math.note.direct" : "math.note.softmaxMse");
            assertTrue(s.lines().stream().anyMatch(l -> note.equals(l.text())), loss.id());
        }
        StepTrace ce = Trainer.trace(soft, Loss.CROSS_ENTROPY, d, 0);
        Formulas.Sheet neuron = formulas.build(new Formulas.Input(NetworkShape.of(soft), soft.parameters(), ce,
                Loss.CROSS_ENTROPY, OptimizerType.SGD, 0.1, null), Selection.neuron(0, 2));
        assertEquals(ce.output().a()[2], only(neuron, Formulas.ROLE_A), 0.0);
        assertNull(neuron.plot(), "no plot of softmax");
        assertEquals(ce.output().a()[1] - 1, ce.output().delta()[1], 0.0, "one-hot y: delta = a - y exactly");
    }

    @Test
    void updateOfAStepUsesTheBatchGradient() {
        Network n = network();
        Trainer trainer = new Trainer(n, Loss.MSE, OptimizerConfig.sgd(ETA), Regularization.NONE, data, 1, false, new Rng(1));
        StepHistory h = new StepHistory(10, n.parameterCount(), 1);
        trainer.setHistory(h);
        trainer.step();
        StepRecord r = h.get(1);
        ParameterName v1 = ParameterName.weight(1, 0, 0);
        int index = v1.index(n);
        Formulas.Sheet s = formulas.build(input(r), Selection.parameter(v1));
        assertEquals(V1, only(s, Formulas.ROLE_W_BEFORE), 0.0);
        assertEquals(ETA, only(s, Formulas.ROLE_ETA), 0.0);
        assertEquals(DELTA_O * A1, only(s, Formulas.ROLE_GRADIENT), TOL, "one sample: the batch mean is its own gradient");
        assertEquals(r.gradient()[index], only(s, Formulas.ROLE_GRADIENT), 0.0);
        assertEquals(V1 - ETA * DELTA_O * A1, only(s, Formulas.ROLE_W_AFTER), TOL);
        assertEquals(n.parameters()[index], only(s, Formulas.ROLE_W_AFTER), 0.0);
        assertEquals(V1 - ETA * r.gradient()[index], only(s, Formulas.ROLE_W_AFTER), 0.0, "w − η·∂E/∂w, exactly");
    }

    @Test
    void adamShowsTheValuesBeforeAndAfterAndSaysItsRuleDiffers() {
        double[] before = net.parameters();
        double[] gradient = new double[before.length];
        double[] after = before.clone();
        gradient[6] = 0.125;
        after[6] = V1 - 0.001; // Adam's step is about eta, whatever the gradient's size
        StepRecord r = new StepRecord(7, new int[] {0, 1}, 0.001, 0.2, before, gradient, after);
        Formulas.Input in = new Formulas.Input(NetworkShape.of(net), net.parameters(), trace, Loss.MSE, OptimizerType.ADAM, 0.001, r);
        Formulas.Sheet s = formulas.build(in, Selection.parameter(ParameterName.weight(1, 0, 0)));
        assertEquals(V1, only(s, Formulas.ROLE_W_BEFORE), 0.0);
        assertEquals(0.125, only(s, Formulas.ROLE_GRADIENT), 0.0);
        assertEquals(V1 - 0.001, only(s, Formulas.ROLE_W_AFTER), 0.0);
        assertTrue(s.values(Formulas.ROLE_ETA).isEmpty(), "no w - eta dE/dw for Adam");
        String otherRule = Messages.format(text, "math.note.otherRule", "adam");
        assertTrue(s.lines().stream().anyMatch(l -> otherRule.equals(l.text())), "says that Adam's rule differs");
        String own = Messages.format(text, "math.note.traceAfter", Numbers.precise(trace.output().dEdw()[0][0]), "w");
        assertTrue(s.lines().stream().anyMatch(l -> own.equals(l.text())), "names the watched sample's own dE/dw");
    }

    @Test
    void beforeTheFirstStepTheUpdateUsesTheWatchedSample() {
        ParameterName b = ParameterName.bias(1, 0);
        Formulas.Sheet s = formulas.build(input(null), Selection.parameter(b));
        assertEquals(C, only(s, Formulas.ROLE_W_BEFORE), 0.0);
        assertEquals(DELTA_O, only(s, Formulas.ROLE_GRADIENT), TOL);
        assertEquals(C - ETA * DELTA_O, only(s, Formulas.ROLE_W_AFTER), TOL);
    }

    @Test
    void aLongSumIsBrokenIntoLinesWithEveryTermKept() {
        Network five = new Network(5, new int[] {1}, new Activation[] {Activation.RELU});
        five.setParameters(new double[] {0.1, -0.2, 0.3, -0.4, 0.5, 0.25});
        Dataset d = Dataset.of(5, 1, new double[][] {{1, 2, 3, 4, 5}}, new double[][] {{0}});
        StepTrace t = Trainer.trace(five, Loss.MSE, d, 0);
        Formulas.Input in = new Formulas.Input(NetworkShape.of(five), five.parameters(), t, Loss.MSE, OptimizerType.SGD, 0.1, null);
        Formulas.Sheet s = formulas.build(in, Selection.neuron(0, 0));
        assertEquals(List.of(0.1, -0.2, 0.3, -0.4, 0.5), s.values(Formulas.ROLE_W));
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0), s.values(Formulas.ROLE_INPUT));
        assertEquals(0.1 - 0.4 + 0.9 - 1.6 + 2.5 + 0.25, only(s, Formulas.ROLE_Z), TOL);
        assertEquals(t.layer(0).z()[0], only(s, Formulas.ROLE_Z), 0.0);
        assertTrue(s.lines().stream().filter(l -> l.kind() == MathLine.Kind.CONTINUATION).count() >= 5,
                "one term a line, then the products three a line");
        assertEquals(1.0, only(s, Formulas.ROLE_DADZ), 0.0, "ReLU's slope for z > 0");
    }

    @Test
    void inputsCarryTheDiagramsLabels() {
        Formulas.Input in = new Formulas.Input(NetworkShape.of(net), net.parameters(), trace, Loss.MSE, OptimizerType.SGD, ETA,
                null, List.of("x1\u00b2", "sin x2"));
        Formulas.Sheet s = formulas.build(in, Selection.parameter(ParameterName.weight(0, 1, 1)));
        assertEquals(Messages.format(text, "math.title.weight", "w:0:1:1", "sin x2", "h1.2"), s.lines().get(0).text());
        Formulas.Sheet n = formulas.build(in, Selection.neuron(0, 0));
        String inputs = Messages.format(text, "math.note.inputs", "x1\u00b2, sin x2");
        assertTrue(n.lines().stream().anyMatch(l -> inputs.equals(l.text())), "the inputs are named");
    }

    @Test
    void nothingSelectedAsksToPick() {
        Formulas.Sheet s = formulas.build(input(null), null);
        assertEquals(1, s.lines().size());
        assertEquals(text.getString("math.pick"), s.lines().get(0).text());
    }

    @Test
    void numbersHaveSixSignificantDigits() {
        assertEquals("0.622459", Numbers.precise(0.6224593312018546));
        assertEquals("\u22120.0301", Numbers.precise(-0.0301));
        assertEquals("1.23457e\u22126", Numbers.precise(1.2345678e-6));
        assertEquals("0", Numbers.precise(0));
    }
}

package org.backpropstudio.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backpropstudio.ui.fx.Numbers;
import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Network;
import org.backpropstudio.session.NetworkShape;
import org.junit.jupiter.api.Test;

/** Small pure pieces: number formatting, edge widths and tones, parameter positions. */
class NumbersAndStyleTest {

    @Test
    void numbersShowFourSignificantDigits() {
        assertEquals("0", Numbers.format(0));
        assertEquals("0.4123", Numbers.format(0.412345));
        assertEquals("\u221212.35", Numbers.format(-12.3456));
        assertEquals("0.001235", Numbers.format(0.0012345));
        assertEquals("1.235e\u22126", Numbers.format(1.2345e-6));
        assertEquals("2e7", Numbers.format(2e7));
        assertEquals("NaN", Numbers.format(Double.NaN));
        assertEquals("\u2212\u221e", Numbers.format(Double.NEGATIVE_INFINITY));
        assertEquals("\u22120.0909", Numbers.brief(-0.090915));
        assertEquals("1.23e\u22125", Numbers.brief(1.2345e-5));
    }

    @Test
    void edgeWidthGrowsWithMagnitudeIsCappedAndScalesWithTheFont() {
        double em = WeightStyle.REFERENCE_EM;
        assertEquals(WeightStyle.MIN_WIDTH, WeightStyle.width(0, em), 1e-12);
        assertEquals(WeightStyle.width(0.5, em), WeightStyle.width(-0.5, em), 1e-12);
        assertTrue(WeightStyle.width(1, em) > WeightStyle.width(0.5, em));
        assertEquals(WeightStyle.MAX_WIDTH, WeightStyle.width(WeightStyle.FULL_WEIGHT, em), 1e-12);
        assertEquals(WeightStyle.MAX_WIDTH, WeightStyle.width(-1e9, em), 1e-12);
        assertEquals(WeightStyle.MIN_WIDTH, WeightStyle.width(Double.NaN, em), 1e-12);
        assertEquals(2 * WeightStyle.MAX_WIDTH, WeightStyle.width(5, 2 * em), 1e-12, "a projector font doubles it");
    }

    @Test
    void toneKeepsTheSignAndAVisibleMinimum() {
        assertEquals(0, WeightStyle.tone(0));
        assertEquals(0, WeightStyle.tone(Double.NaN));
        assertEquals(WeightStyle.MIN_TONE, WeightStyle.tone(1e-9), 1e-6);
        assertEquals(-1, WeightStyle.tone(-3), 1e-12);
        assertTrue(WeightStyle.tone(0.5) > 0 && WeightStyle.tone(-0.5) < 0);
    }

    @Test
    void parameterPositionsMatchTheEngine() {
        Network net = new Network(3, new int[] {4, 2, 1}, new Activation[] {Activation.TANH, Activation.RELU, Activation.SIGMOID});
        ParameterIndex index = new ParameterIndex(NetworkShape.of(net));
        for (int l = 0; l < net.layerCount(); l++) {
            for (int j = 0; j < net.layer(l).units(); j++) {
                assertEquals(net.layer(l).biasIndex(j), index.bias(l, j));
                for (int k = 0; k < net.layer(l).fanIn(); k++) {
                    assertEquals(net.layer(l).weightIndex(j, k), index.weight(l, j, k));
                }
            }
        }
    }
}

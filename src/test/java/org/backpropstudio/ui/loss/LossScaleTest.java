package org.backpropstudio.ui.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossScaleTest {

    @Test
    void linearStartsAtZeroAndEndsOnARoundTick() {
        LossHistory h = new LossHistory();
        h.offer(0, 0.23, 0.31);
        h.offer(500, 0.05, 0.08);
        LossScale s = LossScale.of(h, true, false, 4);
        assertEquals(0, s.xMin());
        assertEquals(500, s.xMax());
        assertEquals(0, s.yMin());
        assertEquals(0.4, s.yMax(), 1e-12);
        assertEquals(0.1, s.yStep(), 1e-12);
        assertEquals("0.3", s.yLabel(0.3));
        assertEquals(0.3, LossScale.of(h, false, false, 4).yMax(), 1e-12, "without the test loss");
    }

    @Test
    void logSpansWholeDecadesAndSkipsZeroAndNaN() {
        LossHistory h = new LossHistory();
        h.offer(0, 0.7, Double.NaN);
        h.offer(1, 0.0, Double.NaN);
        h.offer(2, 0.0042, Double.NaN);
        LossScale s = LossScale.of(h, true, true, 4);
        assertEquals(-3, s.yMin());
        assertEquals(0, s.yMax());
        assertArrayEquals(new double[] {-3, -2, -1, 0}, s.yTicks(), 1e-12);
        assertEquals("0.001", s.yLabel(-3));
        assertEquals("1", s.yLabel(0));
        assertTrue(Double.isNaN(s.map(0)));
        assertTrue(Double.isNaN(s.map(Double.NaN)));
        assertTrue(Double.isNaN(s.map(Double.POSITIVE_INFINITY)));
        assertEquals(-1, s.map(0.1), 1e-12);
    }

    @Test
    void oneDecadeIsLabelledAtOneTwoAndFive() {
        LossHistory h = new LossHistory();
        h.offer(0, 0.13, Double.NaN);
        h.offer(1, 0.12, Double.NaN);
        LossScale s = LossScale.of(h, false, true, 4);
        assertEquals(4, s.yTicks().length);
        assertEquals("0.1", s.yLabel(s.yTicks()[0]));
        assertEquals("0.2", s.yLabel(s.yTicks()[1]));
        assertEquals("0.5", s.yLabel(s.yTicks()[2]));
        assertEquals("1", s.yLabel(s.yTicks()[3]));
    }

    @Test
    void nothingFiniteGivesNoScale() {
        LossHistory h = new LossHistory();
        assertNull(LossScale.of(h, false, false, 4));
        h.offer(0, Double.NaN, Double.NaN);
        assertNull(LossScale.of(h, true, false, 4));
        h.offer(1, 0, Double.NaN);
        assertNull(LossScale.of(h, true, true, 4), "only zeros cannot go on a log scale");
        assertEquals(1, LossScale.of(h, true, false, 4).yMax(), 1e-12);
    }
}

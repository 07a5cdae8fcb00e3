package org.backpropstudio.ui.bowl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.surface.RacePath;
import org.backpropstudio.surface.RaceResult;
import org.junit.jupiter.api.Test;

class RaceScaleTest {

    static RaceResult race(int steps, double[]... losses) {
        List<RacePath> paths = new java.util.ArrayList<>();
        for (double[] l : losses) {
            paths.add(new RacePath("r", "race-sgd", new double[l.length], new double[l.length], l, -1,
                    OptimizerConfig.sgd(0.1), null));
        }
        return new RaceResult(ParameterName.weight(0, 0, 0), ParameterName.bias(0, 0), 0, 0, steps, paths);
    }

    @Test
    void lossesFarApartGetWholeDecades() {
        RaceScale s = RaceScale.of(race(200, new double[] {2.2, 0.0043}, new double[] {2.2, 1800}), 8);
        assertEquals(200, s.steps());
        assertEquals(-3, s.yMin());
        assertEquals(4, s.yMax());
        assertArrayEquals(new double[] {-3, -2, -1, 0, 1, 2, 3, 4}, s.yTicks(), 1e-12);
        assertEquals("0.001", s.yLabel(-3));
        assertEquals("10,000", s.yLabel(4));
        assertEquals(Math.log10(2.2), s.map(2.2), 1e-15);
        assertTrue(Double.isNaN(s.map(0)));
        assertTrue(Double.isNaN(s.map(Double.POSITIVE_INFINITY)));
    }

    @Test
    void lossesCloseTogetherGetATightAxisWithRoundTicks() {
        // a deep network whose loss barely moves: a decade would flatten every line
        RaceScale s = RaceScale.of(race(200, new double[] {0.1254, 0.1253}, new double[] {0.1254, 0.1201}), 4);
        assertTrue(s.yMin() < Math.log10(0.1201) && s.yMin() > Math.log10(0.119), "just under the lowest: " + s.yMin());
        assertTrue(s.yMax() > Math.log10(0.1254) && s.yMax() < Math.log10(0.127), "just over the highest: " + s.yMax());
        assertEquals(0.002, s.labelStep(), 1e-15);
        assertTrue(s.yTicks().length >= 2, "at least two ticks to read the axis by");
        assertEquals("0.122", s.yLabel(Math.log10(0.122)));
        for (double t : s.yTicks()) {
            assertTrue(t >= s.yMin() && t <= s.yMax(), "tick inside: " + t);
        }
    }

    @Test
    void aFlatLineStillGetsHeightAndNothingPositiveGetsNoScale() {
        RaceScale s = RaceScale.of(race(10, new double[] {0.5, 0.5, 0.5}), 4);
        assertTrue(s.yMax() > s.yMin());
        assertTrue(s.yMin() < Math.log10(0.5) && s.yMax() > Math.log10(0.5));
        assertNull(RaceScale.of(race(10, new double[] {0, 0}), 4));
        assertEquals(1, RaceScale.of(race(0, new double[] {0.3}), 4).steps(), "an axis of zero steps still has width");
    }
}

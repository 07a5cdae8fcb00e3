package org.backpropstudio.ui.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.ui.fx.Palette;
import org.backpropstudio.ui.fx.PlotArea;
import org.junit.jupiter.api.Test;

class OutputMathTest {
    private static final Palette P = Palette.LIGHT;

    @Test
    void targetsGoToTheEndsOrAreClamped() {
        assertEquals(1, OutputMath.shade(1, true));
        assertEquals(-1, OutputMath.shade(0, true));
        assertEquals(0.3, OutputMath.shade(0.3, false));
        assertEquals(-1, OutputMath.shade(-4, false));
        assertEquals(1, OutputMath.shade(2.5, false));
    }

    @Test
    void discretizedOutputHasTwoColoursSplitAtTheThreshold() {
        double[] probabilities = {0.1, 0.49, 0.5, 0.97, Double.NaN};
        int[] px = OutputMath.discretize(probabilities, true, P, 1, null);
        assertArrayEquals(new int[] {P.negative(), P.negative(), P.positive(), P.positive(), P.neutral()}, px);
        int[] again = OutputMath.discretize(probabilities, true, P, 1, px);
        assertSame(px, again, "the buffer is reused");
        int[] regression = OutputMath.discretize(new double[] {-0.2, 0.0, 0.4}, false, P, 1, null);
        assertArrayEquals(new int[] {P.negative(), P.positive(), P.positive()}, regression);
        assertEquals(P.argb(0.75), OutputMath.discretize(new double[] {0.9}, true, P, 0.75, null)[0], "paler when asked");
    }

    @Test
    void aClickPicksThePointDrawnNearestWithinTheRadius() {
        Dataset d = Dataset.of(2, 1, new double[][] {{0, 0}, {0.5, 0.5}, {0.52, 0.5}}, new double[][] {{0}, {1}, {0}});
        PlotArea a = PlotArea.square(0, 0, 250, 250, -1.25, 1.25); // 100 px per unit
        assertEquals(0, OutputMath.pick(d, a, 125, 125, 8));
        assertEquals(1, OutputMath.pick(d, a, a.toPixelX(0.5) - 3, a.toPixelY(0.5), 8));
        assertEquals(2, OutputMath.pick(d, a, a.toPixelX(0.52) + 1, a.toPixelY(0.5) + 1, 8));
        assertEquals(-1, OutputMath.pick(d, a, 125 + 9, 125, 8), "9 px away is too far");
    }

    @Test
    void oneInputPointsArePickedAtTheirTarget() {
        Dataset d = Dataset.of(1, 1, new double[][] {{0.3}, {0.3}}, new double[][] {{-0.5}, {0.8}});
        PlotArea a = new PlotArea(0, 0, 250, 200, -1.25, 1.25, -1, 1);
        assertEquals(1, OutputMath.pick(d, a, a.toPixelX(0.3), a.toPixelY(0.75), 8));
        assertEquals(0, OutputMath.pick(d, a, a.toPixelX(0.3), a.toPixelY(-0.5), 8));
    }

    @Test
    void theLineRangeCoversTheTargetsWithAMargin() {
        Dataset train = Dataset.of(1, 1, new double[][] {{0}, {1}}, new double[][] {{-0.2}, {1.8}});
        double[] r = OutputMath.lineRange(train, Dataset.empty(1, 1));
        assertEquals(-1 - 0.28, r[0], 1e-12);
        assertEquals(1.8 + 0.28, r[1], 1e-12);
    }
}

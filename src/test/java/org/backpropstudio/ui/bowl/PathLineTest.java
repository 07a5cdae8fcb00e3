package org.backpropstudio.ui.bowl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A racer's path cut to the slice: inside unchanged, a leaving segment ends on the edge, a return starts a new piece. */
class PathLineTest {
    private static final double NaN = Double.NaN;

    @Test
    void aPathInsideIsUnchanged() {
        PathLine p = new PathLine("a", "race-sgd", new double[] {0, 0.5, 0.75}, new double[] {0, 0.25, -0.5});
        double[][] c = p.clipped(-1, 1, -1, 1);
        assertArrayEquals(new double[] {0, 0.5, 0.75}, c[0]);
        assertArrayEquals(new double[] {0, 0.25, -0.5}, c[1]);
    }

    @Test
    void aDivergingPathIsDrawnToTheEdgeAndAReturnStartsANewPiece() {
        // from the centre out past x = 1, then back in through y = -1
        PathLine p = new PathLine("too high", "race-too-high", new double[] {0, 3, 0.5, 0}, new double[] {0, 0, -3, 0}, true);
        double[][] c = p.clipped(-1, 1, -1, 1);
        assertEquals(5, c[0].length, "two points, a break, two points");
        // piece 1: (0,0) to where it leaves at x = 1
        assertArrayEquals(new double[] {0, 1}, new double[] {c[0][0], c[0][1]}, 1e-12);
        assertArrayEquals(new double[] {0, 0}, new double[] {c[1][0], c[1][1]}, 1e-12);
        assertEquals(NaN, c[0][2]);
        // piece 2: enters at y = -1 on the way from (0.5, -3) to (0, 0), at t = 2/3: x = 0.5 - 0.5 * 2/3
        assertEquals(0.5 - 1.0 / 3, c[0][3], 1e-12);
        assertEquals(-1, c[1][3], 1e-12);
        assertEquals(0, c[0][4], 1e-12);
        assertEquals(0, c[1][4], 1e-12);
    }

    @Test
    void aSegmentThatMissesTheRectangleIsLeftOut() {
        PathLine p = new PathLine("a", "b", new double[] {2, 3}, new double[] {2, 3});
        assertEquals(0, p.clipped(-1, 1, -1, 1)[0].length);
    }
}

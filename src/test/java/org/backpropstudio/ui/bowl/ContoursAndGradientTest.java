package org.backpropstudio.ui.bowl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Marching squares, nice contour levels and the downhill arrows on grids whose answers are known. */
class ContoursAndGradientTest {

    private static double[] axis(double from, double to, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = from + (to - from) * i / (n - 1);
        }
        return a;
    }

    /** z[r][c] = f(xs[c], ys[r]). */
    private static double[][] grid(double[] xs, double[] ys, java.util.function.DoubleBinaryOperator f) {
        double[][] z = new double[ys.length][xs.length];
        for (int r = 0; r < ys.length; r++) {
            for (int c = 0; c < xs.length; c++) {
                z[r][c] = f.applyAsDouble(xs[c], ys[r]);
            }
        }
        return z;
    }

    @Test
    void aPlaneGivesOneStraightLineThroughTheRightPoints() {
        double[] xs = axis(0, 4, 5);
        double[] ys = axis(0, 2, 3);
        double[][] z = grid(xs, ys, (x, y) -> x); // contour x = 2.5 is the vertical line through x = 2.5
        double[] seg = Contours.segments(xs, ys, z, 2.5);
        assertEquals(2 * 4, seg.length, "one segment per row of cells crossed");
        for (int i = 0; i < seg.length; i += 2) {
            assertEquals(2.5, seg[i], 1e-12, "every end point lies on x = 2.5");
        }
        double lowest = Math.min(Math.min(seg[1], seg[3]), Math.min(seg[5], seg[7]));
        double highest = Math.max(Math.max(seg[1], seg[3]), Math.max(seg[5], seg[7]));
        assertEquals(0, lowest, 1e-12);
        assertEquals(2, highest, 1e-12);
    }

    @Test
    void theContoursOfABowlAreCirclesOfTheRightRadius() {
        double[] xs = axis(-2, 2, 81);
        double[] ys = axis(-2, 2, 81);
        double[][] z = grid(xs, ys, (x, y) -> x * x + y * y);
        for (double level : new double[] {0.25, 1, 2.25}) {
            double[] seg = Contours.segments(xs, ys, z, level);
            assertTrue(seg.length > 40, "a closed ring of many segments");
            double r = Math.sqrt(level);
            double length = 0;
            for (int i = 0; i < seg.length; i += 2) {
                assertEquals(r, Math.hypot(seg[i], seg[i + 1]), 0.01, "level " + level);
            }
            for (int i = 0; i < seg.length; i += 4) {
                length += Math.hypot(seg[i + 2] - seg[i], seg[i + 3] - seg[i + 1]);
            }
            assertEquals(2 * Math.PI * r, length, 0.01 * 2 * Math.PI * r, "the ring's length is the circle's circumference");
        }
    }

    @Test
    void cellsWithAMissingValueGetNoLine() {
        double[] xs = axis(0, 1, 2);
        double[] ys = axis(0, 1, 2);
        double[][] z = {{0, 1}, {0, Double.NaN}};
        assertEquals(0, Contours.segments(xs, ys, z, 0.5).length);
        double[][] fine = {{0, 1}, {0, 1}};
        assertArrayEquals(new double[] {0.5, 0, 0.5, 1}, sorted(Contours.segments(xs, ys, fine, 0.5)), 1e-12);
    }

    /** A segment with its end points ordered by y, for comparison. */
    private static double[] sorted(double[] seg) {
        return seg[1] <= seg[3] ? seg : new double[] {seg[2], seg[3], seg[0], seg[1]};
    }

    @Test
    void saddlesAreDecidedByTheCentre() {
        double[] xs = axis(0, 1, 2);
        double[] ys = axis(0, 1, 2);
        // corners a (0,0) and c (1,1) high, b and d low; the centre's mean 0.6 is above 0.5: a and c join
        double[][] high = {{1, 0.2}, {0.2, 1}};
        double[] seg = Contours.segments(xs, ys, high, 0.5);
        assertEquals(8, seg.length, "two segments");
        // each segment cuts off one low corner: b = (1, 0) or d = (0, 1)
        for (int i = 0; i < seg.length; i += 4) {
            double mx = (seg[i] + seg[i + 2]) / 2;
            double my = (seg[i + 1] + seg[i + 3]) / 2;
            boolean nearB = mx > 0.5 && my < 0.5;
            boolean nearD = mx < 0.5 && my > 0.5;
            assertTrue(nearB || nearD, "segment " + i / 4 + " around a low corner: (" + mx + ", " + my + ")");
        }
        double[][] low = {{0.6, 0}, {0, 0.6}}; // mean 0.3: the low corners b and d join, a and c are cut off
        seg = Contours.segments(xs, ys, low, 0.5);
        for (int i = 0; i < seg.length; i += 4) {
            double mx = (seg[i] + seg[i + 2]) / 2;
            double my = (seg[i + 1] + seg[i + 3]) / 2;
            assertTrue(mx < 0.5 && my < 0.5 || mx > 0.5 && my > 0.5, "around a or c: (" + mx + ", " + my + ")");
        }
    }

    @Test
    void levelsAreRoundAndLogarithmicWhenTheRangeSpansDecades() {
        HeightScale linear = HeightScale.of(new double[][] {{0.13, 0.9}, {0.4, 0.5}});
        assertFalse(linear.log());
        double[] lv = linear.levels(8);
        assertTrue(lv.length >= 4, "several levels");
        for (double v : lv) {
            assertTrue(v > 0.13 && v < 0.9);
            assertEquals(Math.round(v * 10) / 10.0, v, 1e-12, "round values: " + v);
        }
        HeightScale log = HeightScale.of(new double[][] {{0.004, 0.3}, {2, 7}});
        assertTrue(log.log(), "0.004 to 7 spans more than two decades");
        assertArrayEquals(new double[] {0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5}, log.levels(9), 1e-12);
        assertEquals(0, log.colour(0.004), 1e-12);
        assertEquals(1, log.colour(7), 1e-12);
        assertEquals(0.5, log.colour(Math.sqrt(0.004 * 7)), 1e-12, "the geometric middle is the middle colour");
        assertEquals((0.3 - 0.004) / (7 - 0.004), log.height(0.3), 1e-12, "heights stay linear: a bowl looks like a bowl");
        HeightScale flat = HeightScale.of(new double[][] {{1, 1}, {1, Double.NaN}});
        assertTrue(flat.isFlat());
        assertEquals(0, flat.levels(9).length);
        assertEquals(0.5, flat.height(1), 0);
    }

    @Test
    void contoursOfEveryLevelComeTogether() {
        double[] xs = axis(-1, 1, 21);
        double[][] z = grid(xs, xs, (x, y) -> x * x + y * y);
        HeightScale s = HeightScale.of(z);
        List<Contours.Contour> all = Contours.of(xs, xs, z, s.levels(6));
        assertEquals(s.levels(6).length, all.size());
        for (Contours.Contour c : all) {
            assertTrue(c.segments() > 0, "level " + c.level() + " has a line");
        }
    }

    @Test
    void theFieldOfAQuadraticIsItsExactNegativeGradient() {
        double[] xs = axis(-2, 2, 9);
        double[] ys = axis(-1, 3, 5);
        // L = 3x^2 + 0.5y^2 - xy: dL/dx = 6x - y, dL/dy = y - x; central differences are exact for quadratics
        double[][] z = grid(xs, ys, (x, y) -> 3 * x * x + 0.5 * y * y - x * y);
        GradientField f = GradientField.of(xs, ys, z);
        for (int r = 1; r < ys.length - 1; r++) {
            for (int c = 1; c < xs.length - 1; c++) {
                assertEquals(-(6 * xs[c] - ys[r]), f.downX(r, c), 1e-9);
                assertEquals(-(ys[r] - xs[c]), f.downY(r, c), 1e-9);
            }
        }
        // the border uses one-sided differences: exact for a plane
        double[][] plane = grid(xs, ys, (x, y) -> 2 * x - 3 * y);
        GradientField p = GradientField.of(xs, ys, plane);
        assertEquals(-2, p.downX(0, 0), 1e-12);
        assertEquals(3, p.downY(4, 8), 1e-12);
        assertEquals(Math.hypot(2, 3), p.maxLength(), 1e-9);
    }

    @Test
    void aMissingNeighbourGivesNoArrow() {
        double[] xs = axis(0, 2, 3);
        double[][] z = {{0, 1, 2}, {0, Double.POSITIVE_INFINITY, 2}, {0, 1, 2}};
        GradientField f = GradientField.of(xs, xs, z);
        assertTrue(Double.isNaN(f.downX(1, 0)), "next to the infinite value");
        assertEquals(-1, f.downX(0, 0), 1e-12, "elsewhere the slope is there");
        assertTrue(Double.isNaN(f.downY(0, 1)), "above the infinite value");
    }
}

package org.backpropstudio.ui.bowl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The hidden-line test of the 3-D view: a ridge between the eye and a point hides it, and only then. */
class OcclusionTest {
    private static final int N = 21;
    private static final double LOW = 0.1;

    /** x and y over [-1, 1] in N points, as the projection's default bounds. */
    private static double[] axis() {
        double[] a = new double[N];
        for (int i = 0; i < N; i++) {
            a[i] = -1 + 2.0 * i / (N - 1);
        }
        return a;
    }

    /** A flat low floor at height LOW with a ridge of full height along x where |y - y0| <= 0.15. */
    private static double[][] ridgeAt(double y0) {
        double[] ys = axis();
        double[][] t = new double[N][N];
        for (int r = 0; r < N; r++) {
            Arrays.fill(t[r], Math.abs(ys[r] - y0) <= 0.15 + 1e-9 ? 1 : LOW);
        }
        return t;
    }

    private static Occlusion seenFrom(double yaw, double pitch, double perspective, double[][] t) {
        return new Occlusion(Projection.of(yaw, pitch, 1, perspective, 0, 0, 100), axis(), axis(), t);
    }

    @Test
    void aRidgeBetweenTheEyeAndAPointHidesIt() {
        // yaw 0: the eye looks along +y from the side of negative y, so a ridge at y = -0.5 stands in front of y = 0.5
        Occlusion o = seenFrom(0, 30, 0, ridgeAt(-0.5));
        assertTrue(o.hidden(0, 0.5, LOW), "the floor behind the ridge");
        assertTrue(o.hidden(0.7, 0.2, LOW), "anywhere behind it along the ridge");
        assertFalse(o.hidden(0, -0.9, LOW), "the floor in front of the ridge is in plain sight");
        assertFalse(o.hidden(0, -0.5, 1), "the ridge's own top");
        assertFalse(o.hidden(0, 0.5, 1), "a point as high as the ridge looks over it");
    }

    @Test
    void turningRoundPutsThePointInFront() {
        double[][] t = ridgeAt(-0.5);
        assertTrue(seenFrom(0, 30, 0, t).hidden(0, 0.5, LOW));
        assertFalse(seenFrom(180, 30, 0, t).hidden(0, 0.5, LOW), "seen from the other side nothing stands between");
        assertTrue(seenFrom(180, 30, 0, t).hidden(0, -0.9, LOW), "and the point that was in front is now behind it");
        // a quarter turn: the eye looks along the ridge and sees the floor beside it
        assertFalse(seenFrom(90, 30, 0, t).hidden(0, 0.5, LOW));
    }

    @Test
    void lookingDownFromHighEnoughSeesOverTheRidge() {
        // the ridge's top (w = 0.7) must lie below the line from the floor (w = HEIGHT (2 LOW - 1)) behind it:
        // across distance d to the ridge the line rises d tan(pitch); the near edge lies 0.85 away, the far one 1.15
        double[][] t = ridgeAt(-0.5);
        double rise = Projection.HEIGHT - Projection.w(LOW);
        double steepest = Math.toDegrees(Math.atan(rise / 0.85));
        double flattest = Math.toDegrees(Math.atan(rise / 1.15));
        assertTrue(seenFrom(0, flattest - 3, 0, t).hidden(0, 0.5, LOW), "below the ridge's far edge: hidden");
        assertFalse(seenFrom(0, steepest + 3, 0, t).hidden(0, 0.5, LOW), "above its near edge: visible");
        assertFalse(seenFrom(0, 90, 0, t).hidden(0, 0.5, LOW), "straight down nothing is hidden");
    }

    @Test
    void theHiddenPartIsWhatTheProjectionDrawsBehindTheRidge() {
        // a thin ridge: one row of full height at y = -0.5; the point behind it shows exactly when the projection
        // draws it above the ridge's crest (smaller screen y), with or without perspective
        double[] ys = axis();
        double[][] t = new double[N][N];
        for (int r = 0; r < N; r++) {
            Arrays.fill(t[r], Math.abs(ys[r] + 0.5) < 1e-9 ? 1 : LOW);
        }
        double[] seen = new double[2];
        double[] perspectives = {0, 0.3};
        for (int k = 0; k < 2; k++) {
            double perspective = perspectives[k];
            double occlusion = firstVisiblePitch(perspective, t);
            double screen = Double.NaN;
            for (double pitch = 0; pitch <= 90; pitch += 0.5) {
                Projection p = Projection.of(0, pitch, 1, perspective, 0, 0, 100);
                double point = p.data(0, 0.5, LOW, new double[3])[1];
                double crest = p.data(0, -0.5, 1, new double[3])[1];
                if (point < crest) {
                    screen = pitch;
                    break;
                }
            }
            assertEquals(screen, occlusion, 1.0, "perspective " + perspective);
            seen[k] = occlusion;
        }
        assertTrue(Math.abs(seen[0] - seen[1]) >= 1, "the near eye sees over the ridge at another pitch: "
                + Arrays.toString(seen));
        Occlusion o = seenFrom(0, 30, Projection.DEFAULT_PERSPECTIVE, t);
        assertTrue(o.hidden(0, 0.5, LOW));
        assertFalse(o.hidden(0, -0.9, LOW));
    }

    private static double firstVisiblePitch(double perspective, double[][] t) {
        for (double pitch = 0; pitch <= 90; pitch += 0.5) {
            if (!seenFrom(0, pitch, perspective, t).hidden(0, 0.5, LOW)) {
                return pitch;
            }
        }
        return Double.NaN;
    }

    @Test
    void theBackOfAHillIsHiddenByTheHillItself() {
        // one round hill in the middle: its far slope faces away from the eye, its near slope towards it
        double[] a = axis();
        double[][] t = new double[N][N];
        for (int r = 0; r < N; r++) {
            for (int c = 0; c < N; c++) {
                t[r][c] = Math.exp(-(a[c] * a[c] + a[r] * a[r]) / 0.08);
            }
        }
        Occlusion o = seenFrom(0, 20, 0, t);
        double far = Math.exp(-0.09 / 0.08);
        assertTrue(o.hidden(0, 0.3, far), "the far slope");
        assertFalse(o.hidden(0, -0.3, far), "the near slope, at the same height");
        assertEquals(Projection.w(1), o.heightAt(0, 0), 1e-12, "the surface runs through its grid points");
    }

    @Test
    void gapsInTheSurfaceHideNothing() {
        double[][] t = ridgeAt(-0.5);
        for (double[] row : t) {
            Arrays.fill(row, Double.NaN);
        }
        assertFalse(seenFrom(0, 30, 0, t).hidden(0, 0.5, LOW));
        assertTrue(Double.isNaN(seenFrom(0, 30, 0, ridgeAt(0)).heightAt(1.5, 0)), "outside the grid there is no surface");
    }

    @Test
    void aPathIsSplitWhereItGoesBehind() {
        double[] xs = {0, 10, 20, 30, 40};
        double[] ys = {0, 0, 0, 0, 0};
        boolean[] hidden = {false, false, true, true, false};
        int[] counts = new int[2];
        double[][] parts = Occlusion.split(xs, ys, hidden, 5, counts);
        // in front: 0 to 10 to halfway to 20; then from halfway between 30 and 40 to 40
        assertArrayEquals(new double[] {0, 10, 15, Double.NaN, 35, 40}, Arrays.copyOf(parts[0], counts[0]));
        // behind: from 15 through 20 and 30 to 35, in one piece
        assertArrayEquals(new double[] {15, 20, 30, 35}, Arrays.copyOf(parts[2], counts[1]));
        // a break in the path (NaN) breaks both
        double[] broken = {0, 10, Double.NaN, 30, 40};
        parts = Occlusion.split(broken, ys, new boolean[5], 5, counts);
        assertArrayEquals(new double[] {0, 10, Double.NaN, 30, 40}, Arrays.copyOf(parts[0], counts[0]));
        assertEquals(0, counts[1]);
    }
}

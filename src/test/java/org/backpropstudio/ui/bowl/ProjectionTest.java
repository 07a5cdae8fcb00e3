package org.backpropstudio.ui.bowl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where known points of the box land on screen, and in which order they are drawn. */
class ProjectionTest {
    private static final double EPS = 1e-9;

    private static double[] at(Projection p, double u, double v, double w) {
        return p.box(u, v, w, new double[3]);
    }

    @Test
    void frontViewWithoutPerspectiveMapsTheBoxLinearly() {
        // yaw 0, pitch 0: x to the right, height up, v into the screen; 100 pixels a unit around (400, 300)
        Projection p = Projection.of(0, 0, 1, 0, 400, 300, 100);
        double[] right = at(p, 1, 0, 0);
        assertEquals(500, right[0], EPS);
        assertEquals(300, right[1], EPS);
        double[] top = at(p, 0, 0, 0.5);
        assertEquals(400, top[0], EPS);
        assertEquals(250, top[1], EPS, "higher is up: a smaller screen y");
        double[] back = at(p, 0, 1, 0);
        assertEquals(400, back[0], EPS, "straight ahead, a point further back lands on the centre");
        assertEquals(300, back[1], EPS);
        assertEquals(1, back[2], EPS, "its depth is its distance into the screen");
        double[] corner = at(p, -1, 0.3, -0.7);
        assertEquals(300, corner[0], EPS);
        assertEquals(370, corner[1], EPS);
    }

    @Test
    void zoomScalesAroundTheCentre() {
        Projection p = Projection.of(0, 0, 2, 0, 400, 300, 100);
        assertEquals(600, at(p, 1, 0, 0)[0], EPS);
        assertEquals(200, at(p, 0, 0, 0.5)[1], EPS);
    }

    @Test
    void aQuarterTurnSwapsTheAxes() {
        Projection p0 = Projection.of(0, 0, 1, 0, 0, 0, 100);
        Projection p90 = p0.withAngles(90, 0);
        // after a quarter turn the y axis lies where the x axis lay (pointing left), and x points into the screen
        double[] y = at(p90, 0, 1, 0);
        assertEquals(-100, y[0], EPS);
        assertEquals(0, y[2], EPS);
        double[] x = at(p90, 1, 0, 0);
        assertEquals(0, x[0], EPS);
        assertEquals(1, x[2], EPS);
        // a whole turn in four steps is the start again
        Projection p360 = p0.rotated(90, 0).rotated(90, 0).rotated(90, 0).rotated(90, 0);
        double[] a = at(p0, 0.3, -0.6, 0.2);
        double[] b = at(p360, 0.3, -0.6, 0.2);
        assertEquals(a[0], b[0], 1e-9);
        assertEquals(a[1], b[1], 1e-9);
        assertEquals(0, p360.yaw(), 1e-9);
    }

    @Test
    void lookingStraightDownShowsTheFloorAsAMap() {
        Projection top = Projection.of(0, 90, 1, 0, 0, 0, 100);
        double[] back = at(top, 0, 1, 0);
        assertEquals(0, back[0], EPS);
        assertEquals(-100, back[1], EPS, "larger y is further up the screen, as on a map");
        double[] high = at(top, 0, 0, 0.5);
        double[] low = at(top, 0, 0, -0.5);
        assertEquals(high[0], low[0], EPS);
        assertEquals(high[1], low[1], EPS, "height does not move a point seen from above");
        assertTrue(high[2] < low[2], "but the higher point is nearer");
    }

    @Test
    void depthOrdersFarBeforeNear() {
        Projection p = Projection.standard().fit(0, 0, 800, 600);
        // the default view looks from above the corner (x max, y min): the corner (x min, y max) is furthest
        double[] far = at(p, -1, 1, -Projection.HEIGHT);
        double[] near = at(p, 1, -1, -Projection.HEIGHT);
        double[] mid = at(p, 0, 0, 0);
        assertTrue(far[2] > mid[2] && mid[2] > near[2], "far " + far[2] + ", middle " + mid[2] + ", near " + near[2]);
        // the towards-viewer vector points from the far corner to the near one
        double[] t = p.towardsViewer();
        double along = t[0] * 2 + t[1] * (-2);
        assertTrue(along > 0);
        assertEquals(1, Math.sqrt(t[0] * t[0] + t[1] * t[1] + t[2] * t[2]), 1e-12);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {-1, 1}, p.farCorner(), "the walls behind meet here");
        // a high point at the back is still behind a low point in front: height does not change the painting order
        Projection q = Projection.standard().fit(0, 0, 800, 600).withBounds(-1, 1, -1, 1);
        double[] highBack = q.box(-0.6, 0.6, Projection.HEIGHT, new double[3]);
        double[] lowFront = q.box(-0.4, 0.4, -Projection.HEIGHT, new double[3]);
        assertTrue(highBack[2] < lowFront[2], "by full depth the high back point would come out in front");
        assertTrue(q.horizontalDepth(-0.6, 0.6) > q.horizontalDepth(-0.4, 0.4), "but it is painted first");
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {-1, -1}, p.leftCorner());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {1, -1}, p.rotated(180, 0).farCorner(), "half a turn: the opposite corner");
    }

    @Test
    void perspectiveShrinksWhatIsFarther() {
        Projection p = Projection.of(0, 0, 1, 0.2, 0, 0, 100);
        double nearX = at(p, 1, -1, 0)[0];
        double farX = at(p, 1, 1, 0)[0];
        assertEquals(100 / 0.8, nearX, 1e-9);
        assertEquals(100 / 1.2, farX, 1e-9);
    }

    @Test
    void fitKeepsTheBoxInsideTheViewportFromEveryAngle() {
        for (int yaw = -180; yaw < 180; yaw += 15) {
            for (int pitch = 0; pitch <= 90; pitch += 15) {
                Projection p = Projection.standard().withAngles(yaw, pitch).fit(20, 10, 600, 400);
                for (int corner = 0; corner < 8; corner++) {
                    double[] s = at(p, (corner & 1) == 0 ? -1 : 1, (corner & 2) == 0 ? -1 : 1,
                            (corner & 4) == 0 ? -Projection.HEIGHT : Projection.HEIGHT);
                    assertTrue(s[0] >= 20 - 1e-9 && s[0] <= 620 + 1e-9, "x " + s[0] + " at " + p);
                    assertTrue(s[1] >= 10 - 1e-9 && s[1] <= 410 + 1e-9, "y " + s[1] + " at " + p);
                }
            }
        }
    }

    @Test
    void dataPointsAreNormalisedIntoTheBox() {
        Projection p = Projection.of(0, 0, 1, 0, 0, 0, 100).withBounds(-3, 1, 10, 20);
        double[] lowLeft = p.data(-3, 15, 0, new double[3]);
        assertEquals(-100, lowLeft[0], EPS);
        assertEquals(100 * Projection.HEIGHT, lowLeft[1], EPS, "height 0 is the floor");
        double[] top = p.data(-1, 10, 1, new double[3]);
        assertEquals(0, top[0], EPS);
        assertEquals(-100 * Projection.HEIGHT, top[1], EPS, "height 1 is the top");
        assertEquals(-1, top[2], EPS, "y at its minimum is the front");
    }

    @Test
    void pitchAndZoomAreClampedAndYawWraps() {
        Projection p = Projection.standard().withAngles(200, 120).withZoom(100);
        assertEquals(-160, p.yaw(), 1e-9);
        assertEquals(Projection.MAX_PITCH, p.pitch(), 0);
        assertEquals(Projection.MAX_ZOOM, p.zoom(), 0);
        assertEquals(Projection.MIN_PITCH, p.rotated(0, -500).pitch(), 0);
    }
}

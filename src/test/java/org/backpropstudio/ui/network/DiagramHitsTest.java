package org.backpropstudio.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.ui.network.DiagramHits.Target;
import org.junit.jupiter.api.Test;

/** Hit-testing by geometry: badges, then units, then the nearest edge within reach. */
class DiagramHitsTest {
    private final DiagramLayout layout = DiagramLayout.of(new int[] {2, 3, 1}, 800, 600, 14);

    private double[] along(int column, int unit, int from, double t) {
        double x0 = layout.x(column - 1);
        double y0 = layout.y(column - 1, from);
        double x1 = layout.x(column);
        double y1 = layout.y(column, unit);
        return new double[] {x0 + t * (x1 - x0), y0 + t * (y1 - y0)};
    }

    @Test
    void distanceToASegmentIsToItsNearestPoint() {
        assertEquals(5, DiagramHits.distanceToSegment(5, 5, 0, 0, 10, 0), 1e-12);
        assertEquals(5, DiagramHits.distanceToSegment(-3, 4, 0, 0, 10, 0), 1e-12, "beyond an end: distance to the end");
        assertEquals(5, DiagramHits.distanceToSegment(3, 4, 0, 0, 0, 0), 1e-12, "a segment of length 0 is a point");
    }

    @Test
    void aPointOnAnEdgeHitsIt() {
        // x2 -> the middle hidden unit, a third of the way along: no other edge passes there
        double[] p = along(1, 1, 1, 0.35);
        assertEquals(Target.edge(1, 1, 1), DiagramHits.hit(layout, p[0], p[1]));
        double[] q = along(2, 0, 2, 0.5);
        Target t = DiagramHits.hit(layout, q[0], q[1]);
        assertEquals(Target.edge(2, 0, 2), t);
        assertEquals(ParameterName.weight(1, 0, 2), t.parameter());
    }

    @Test
    void theNearestEdgeWins() {
        double[] p = along(2, 0, 0, 0.5);
        double[] q = along(2, 0, 1, 0.5);
        // a point between two edges, a little nearer the second
        double x = p[0] + 0.6 * (q[0] - p[0]);
        double y = p[1] + 0.6 * (q[1] - p[1]);
        assertEquals(Target.edge(2, 0, 1), DiagramHits.nearestEdge(layout, x, y, 1000));
        x = p[0] + 0.4 * (q[0] - p[0]);
        y = p[1] + 0.4 * (q[1] - p[1]);
        assertEquals(Target.edge(2, 0, 0), DiagramHits.nearestEdge(layout, x, y, 1000));
    }

    @Test
    void farFromEverythingHitsNothing() {
        double[] p = along(1, 0, 0, 0.5);
        assertNull(DiagramHits.hit(layout, p[0], layout.diagramTop() - layout.em() * 3));
        assertNull(DiagramHits.hit(layout, 2, 2));
    }

    @Test
    void unitsAndBadgesWinOverTheEdgesUnderThem() {
        assertEquals(Target.unit(1, 2), DiagramHits.hit(layout, layout.x(1), layout.y(1, 2)));
        assertEquals(Target.unit(0, 1), DiagramHits.hit(layout, layout.x(0) + layout.radius() * 0.9, layout.y(0, 1)));
        double s = layout.biasSide();
        Target bias = DiagramHits.hit(layout, layout.biasLeft(2, 0) + s / 2, layout.biasTop(2, 0) + s / 2);
        assertEquals(Target.bias(2, 0), bias, "the output unit has a bias badge too");
        assertEquals(ParameterName.bias(1, 0), bias.parameter());
        assertEquals(-1, Target.unit(0, 0).layer());
    }
}

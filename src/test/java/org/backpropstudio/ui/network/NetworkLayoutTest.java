package org.backpropstudio.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NetworkLayoutTest {

    @Test
    void columnsAreEvenlySpacedAndUnitsCentred() {
        NetworkLayout layout = NetworkLayout.of(new int[] {2, 4, 1}, 0, 100, 900, 400);

        assertEquals(3, layout.columns());
        assertEquals(150, layout.x(0), 1e-9);
        assertEquals(450, layout.x(1), 1e-9);
        assertEquals(750, layout.x(2), 1e-9);
        // the tallest column (4 units) takes rows of 100 px centred on y = 300
        assertEquals(150, layout.y(1, 0), 1e-9);
        assertEquals(450, layout.y(1, 3), 1e-9);
        assertEquals(250, layout.y(0, 0), 1e-9);
        assertEquals(350, layout.y(0, 1), 1e-9);
        assertEquals(300, layout.y(2, 0), 1e-9);
        assertEquals(NetworkLayout.MAX_RADIUS, layout.radius(), 1e-9);
    }

    @Test
    void unitsDoNotOverlapInACrowdedColumn() {
        NetworkLayout layout = NetworkLayout.of(new int[] {2, 16, 16, 1}, 0, 0, 600, 320);
        double gap = layout.y(1, 1) - layout.y(1, 0);
        assertTrue(2 * layout.radius() < gap, "radius " + layout.radius() + " fits rows " + gap + " apart");
    }

    @Test
    void edgeWidthGrowsWithMagnitudeAndIsCapped() {
        assertEquals(EdgeStyle.MIN_WIDTH, EdgeStyle.width(0), 1e-12);
        assertEquals(EdgeStyle.width(0.5), EdgeStyle.width(-0.5), 1e-12);
        assertTrue(EdgeStyle.width(1) > EdgeStyle.width(0.5));
        assertEquals(EdgeStyle.MAX_WIDTH, EdgeStyle.width(EdgeStyle.FULL_WEIGHT), 1e-12);
        assertEquals(EdgeStyle.MAX_WIDTH, EdgeStyle.width(1e9), 1e-12);
        assertEquals(EdgeStyle.MAX_WIDTH, EdgeStyle.width(Double.NEGATIVE_INFINITY), 1e-12);
        assertEquals(EdgeStyle.MIN_WIDTH, EdgeStyle.width(Double.NaN), 1e-12);
    }
}

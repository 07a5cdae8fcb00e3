package org.backpropstudio.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The diagram's geometry without the toolkit: everything inside the view, nothing overlapping. */
class DiagramLayoutTest {

    private static int[] columns(int inputs, int hiddenLayers, int units, int outputs) {
        int[] c = new int[hiddenLayers + 2];
        c[0] = inputs;
        for (int l = 1; l <= hiddenLayers; l++) {
            c[l] = units;
        }
        c[c.length - 1] = outputs;
        return c;
    }

    @ParameterizedTest(name = "{0} hidden layers of {1} units in {2}x{3}, em {4}")
    @CsvSource({
        "0, 1, 600, 500, 14", "0, 16, 600, 500, 14", "8, 1, 600, 500, 14", "8, 16, 600, 500, 14",
        "2, 4, 760, 560, 15.4", "8, 16, 1100, 900, 28", "0, 4, 1100, 900, 28", "3, 16, 320, 280, 14"})
    void everyUnitAndBadgeStaysInsideTheDiagramArea(int hidden, int units, double w, double h, double em) {
        DiagramLayout layout = DiagramLayout.of(columns(7, hidden, units, 1), w, h, em);
        double r = layout.radius();
        assertEquals(hidden + 2, layout.columns());
        assertTrue(r >= DiagramLayout.MIN_RADIUS && r <= em * DiagramLayout.MAX_RADIUS_EM, "radius " + r);
        for (int c = 0; c < layout.columns(); c++) {
            for (int j = 0; j < layout.units(c); j++) {
                double x = layout.x(c);
                double y = layout.y(c, j);
                assertTrue(x - r >= 0 && x + r <= w, "unit " + c + "." + j + " inside horizontally: " + x);
                assertTrue(y - r >= layout.diagramTop() - 1e-9 && y + r <= layout.diagramBottom() + 1e-9,
                        "unit " + c + "." + j + " inside the diagram rows: " + y);
                if (c > 0) {
                    assertTrue(layout.biasLeft(c, j) >= 0, "badge inside on the left");
                    assertTrue(layout.biasTop(c, j) + layout.biasSide() <= layout.diagramBottom() + layout.biasSide(),
                            "badge not below the footer");
                }
                if (j > 0) {
                    assertTrue(layout.y(c, j) - layout.y(c, j - 1) > 2 * r, "circles of a column do not touch");
                }
            }
            if (c > 0) {
                assertTrue(layout.x(c) - layout.x(c - 1) > 2 * r, "columns do not touch");
            }
        }
        assertTrue(layout.layerRowY() < layout.unitRowY() && layout.unitRowY() < layout.titleY()
                && layout.titleY() < layout.diagramTop() && layout.diagramBottom() < layout.footerY()
                && layout.footerY() < h, "rows from top to bottom in order");
    }

    @Test
    void columnsSpreadEvenlyAndUnitsCentreOnTheMiddle() {
        DiagramLayout layout = DiagramLayout.of(new int[] {2, 4, 1}, 800, 600, 10);
        assertEquals(layout.x(1) - layout.x(0), layout.x(2) - layout.x(1), 1e-9);
        double middle = (layout.diagramTop() + layout.diagramBottom()) / 2;
        assertEquals(middle, layout.y(2, 0), 1e-9);
        assertEquals(middle, (layout.y(1, 0) + layout.y(1, 3)) / 2, 1e-9);
        assertEquals(middle, (layout.y(0, 0) + layout.y(0, 1)) / 2, 1e-9);
        assertEquals(24, layout.radius(), 1e-9, "roomy: the largest radius, 2.4 em");
    }

    @Test
    void largerFontsMakeLargerUnitsWhenThereIsRoom() {
        DiagramLayout small = DiagramLayout.of(new int[] {2, 4, 1}, 1800, 1000, 14);
        DiagramLayout large = DiagramLayout.of(new int[] {2, 4, 1}, 1800, 1000, 24);
        assertTrue(large.radius() > small.radius());
        assertTrue(large.isFor(new int[] {2, 4, 1}));
    }

    @Test
    void pointsAlongAnEdgeRunFromSourceToTarget() {
        DiagramLayout layout = DiagramLayout.of(new int[] {2, 3, 1}, 800, 600, 14);
        assertEquals(layout.x(0), layout.edgeX(1, 2, 1, 0), 1e-9);
        assertEquals(layout.y(0, 1), layout.edgeY(1, 2, 1, 0), 1e-9);
        assertEquals(layout.x(1), layout.edgeX(1, 2, 1, 1), 1e-9);
        assertEquals(layout.y(1, 2), layout.edgeY(1, 2, 1, 1), 1e-9);
        double t = layout.edgeStart(1, 2, 1);
        double dx = layout.edgeX(1, 2, 1, t) - layout.x(0);
        double dy = layout.edgeY(1, 2, 1, t) - layout.y(0, 1);
        assertEquals(layout.radius(), Math.hypot(dx, dy), 1e-9, "a pulse appears on the rim of its source");
    }

    @Test
    void refusesADiagramWithoutOutputs() {
        assertThrows(IllegalArgumentException.class, () -> DiagramLayout.of(new int[] {2}, 100, 100, 14));
        assertThrows(IllegalArgumentException.class, () -> DiagramLayout.of(new int[] {2, 1}, 100, 100, 0));
    }
}

package org.backpropstudio.ui.bowl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The grid of a plane of directions: fitted to the time budget while training, the user's when paused. */
class LiveGridTest {

    @Test
    void pausedOrIdleIsAlwaysTheUsersGrid() {
        LiveGrid g = new LiveGrid();
        assertEquals(41, g.side(41, false));
        g.measured(41, 1000);
        assertEquals(65, g.side(65, false));
    }

    @Test
    void beforeAnyMeasurementTrainingStartsAtTheFloor() {
        LiveGrid g = new LiveGrid();
        assertEquals(LiveGrid.FLOOR, g.side(41, true));
        assertEquals(11, g.side(11, true), "a grid under the floor stays as the user chose");
    }

    @Test
    void theSideFitsTheBudgetFromTheMeasuredTimePerPoint() {
        LiveGrid g = new LiveGrid();
        // 15 x 15 in 45 ms: 0.2 ms a point, so 130 ms hold sqrt(650) = 25.5 points a side: 25 (odd)
        g.measured(15, 45);
        assertEquals(0.2, g.millisPerPoint(), 1e-12);
        int side = g.side(41, true);
        assertEquals(25, side);
        assertTrue(side * side * g.millisPerPoint() <= LiveGrid.BUDGET_MS);
        // a cheap network: the whole grid fits
        LiveGrid cheap = new LiveGrid();
        cheap.measured(21, 4.41);
        assertEquals(41, cheap.side(41, true));
        // a very slow one: never under the floor
        LiveGrid slow = new LiveGrid();
        slow.measured(15, 2000);
        assertEquals(LiveGrid.FLOOR, slow.side(41, true));
    }

    @Test
    void measurementsAreAveragedAndSmallChangesDoNotMoveTheSide() {
        LiveGrid g = new LiveGrid();
        g.measured(15, 45);                 // 0.2 ms a point: 25
        assertEquals(25, g.side(41, true));
        g.measured(25, 0.16 * 625);         // estimate (0.2 + 0.16) / 2 = 0.18: fit 26 -> 25, no change
        assertEquals(0.18, g.millisPerPoint(), 1e-12);
        assertEquals(25, g.side(41, true));
        g.measured(25, 0.08 * 625);         // (0.18 + 0.08) / 2 = 0.13: fit 31, more than a step away
        assertEquals(31, g.side(41, true));
        g.measured(31, 0.15 * 961);         // (0.13 + 0.15) / 2 = 0.14: fit 30 -> 29, one step: kept
        assertEquals(31, g.side(41, true));
    }

    @Test
    void nonsenseTimesAreIgnored() {
        LiveGrid g = new LiveGrid();
        g.measured(21, Double.NaN);
        g.measured(21, 0);
        g.measured(1, 50);
        assertTrue(Double.isNaN(g.millisPerPoint()));
    }
}

package org.backpropstudio.ui.fx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(0.5, Ticks.step(-1.25, 1.25, 5), 1e-12);
        assertEquals(200, Ticks.step(0, 1000, 5), 1e-9);
        assertEquals(200_000, Ticks.step(0, 950_000, 8), 1e-6);
    }

    @Test
    void linearTicksAreMultiplesOfTheStepInside() {
        assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 1}, Ticks.linear(-1.25, 1.25, 5), 1e-12);
        assertArrayEquals(new double[] {0, 0.1, 0.2, 0.3}, Ticks.linear(0, 0.3, 0.1), 1e-12);
        assertEquals(0, Ticks.linear(0, Double.NaN, 0.1).length);
    }

    @Test
    void labelsHaveJustEnoughDecimals() {
        assertEquals("-0.5", Ticks.label(-0.5, 0.5));
        assertEquals("0", Ticks.label(-0.0, 0.5));
        assertEquals("1.0", Ticks.label(1, 0.5));
        assertEquals("0.25", Ticks.label(0.25, 0.05));
        assertEquals("2,000", Ticks.label(2000, 500));
        assertEquals("250k", Ticks.compact(250_000, 250_000));
        assertEquals("1.5M", Ticks.compact(1_500_000, 500_000));
        assertEquals("800", Ticks.compact(800, 200));
        assertEquals("0.01", Ticks.decadeLabel(0.01));
        assertEquals("1e-5", Ticks.decadeLabel(1e-5));
        assertEquals("0.0423", Ticks.value(0.04231));
        assertEquals("1.27", Ticks.value(1.2749));
        assertEquals("3.1e-6", Ticks.value(3.1e-6));
        assertEquals("\u2013", Ticks.value(Double.NaN));
    }

    @Test
    void decadesAreThinnedToTheCount() {
        assertArrayEquals(new double[] {1e-6, 1e-4, 1e-2, 1}, Ticks.decades(-6, 0, 4), 1e-18);
        assertArrayEquals(new double[] {1e-6, 1e-4, 1e-2, 1}, Ticks.logTicks(-6, 0, 4), 1e-18);
    }

    @Test
    void aShortLogAxisAlsoGetsTwoAndFiveTimesEachPower() {
        assertArrayEquals(new double[] {0.1, 0.2, 0.5, 1}, Ticks.logTicks(-1, 0, 4), 1e-15);
        assertEquals("0.05", Ticks.decadeLabel(0.05));
        assertEquals("0.2", Ticks.decadeLabel(0.2));
        assertEquals("5", Ticks.decadeLabel(5));
    }
}

package org.backpropstudio.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backpropstudio.ui.network.WeightInput.Problem;
import org.junit.jupiter.api.Test;

class WeightInputTest {

    @Test
    void acceptsOrdinaryNumbers() {
        assertEquals(0.75, WeightInput.parse("0.75").value());
        assertEquals(-0.001, WeightInput.parse(" -1e-3 ").value());
        assertEquals(2, WeightInput.parse("+2").value());
        assertEquals(0.5, WeightInput.parse(".5").value());
        assertEquals(-0.25, WeightInput.parse("\u22120.25").value(), "the Unicode minus sign");
        assertEquals(0.75, WeightInput.parse("0,75").value(), "a decimal comma");
        assertEquals(1000, WeightInput.parse("1000").value());
        assertTrue(WeightInput.parse("-1000").ok());
    }

    @Test
    void refusesWhatIsNotAFiniteWeightOfReasonableSize() {
        assertEquals(Problem.EMPTY, WeightInput.parse("  ").problem());
        assertEquals(Problem.NOT_A_NUMBER, WeightInput.parse("abc").problem());
        assertEquals(Problem.NOT_A_NUMBER, WeightInput.parse("NaN").problem());
        assertEquals(Problem.NOT_A_NUMBER, WeightInput.parse("Infinity").problem());
        assertEquals(Problem.NOT_A_NUMBER, WeightInput.parse("1.2.3").problem());
        assertEquals(Problem.NOT_A_NUMBER, WeightInput.parse("0x10").problem());
        assertEquals(Problem.NOT_A_NUMBER, WeightInput.parse("1,000.5").problem());
        assertEquals(Problem.TOO_LARGE, WeightInput.parse("1000.01").problem());
        assertEquals(Problem.TOO_LARGE, WeightInput.parse("-2e3").problem());
        assertEquals(Problem.TOO_LARGE, WeightInput.parse("1e400").problem(), "overflows to infinity");
    }

    @Test
    void showsTheCurrentValuePlainly() {
        assertEquals("0.75", WeightInput.show(0.75));
        assertEquals("-1234.5", WeightInput.show(-1234.5));
        assertEquals("0.000001", WeightInput.show(1e-6));
        assertEquals(0.123457, WeightInput.parse(WeightInput.show(0.1234567)).value());
    }
}

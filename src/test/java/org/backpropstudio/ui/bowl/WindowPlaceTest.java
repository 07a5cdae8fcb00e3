package org.backpropstudio.ui.bowl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;

/** Where the bowl's window opens beside the studio, on screens of several sizes. */
class WindowPlaceTest {

    private static Rectangle2D r(double x, double y, double w, double h) {
        return new Rectangle2D(x, y, w, h);
    }

    @Test
    void onAFullHdScreenTheCentredStudioMovesLeftAndTheBowlTakesTheRest() {
        // the studio's 1280 x 800 window centred on 1920 x 1080 leaves 320 on each side: too little on either
        WindowPlace p = WindowPlace.beside(r(320, 140, 1280, 800), 1344, 810, r(0, 0, 1920, 1080));
        assertEquals(0, p.ownerX());
        assertEquals(r(1280, 140, 640, 810), p.bowl());
    }

    @Test
    void rightOfTheStudioWhenThereIsRoomElseLeft() {
        Rectangle2D screen = r(0, 0, 2560, 1440);
        WindowPlace right = WindowPlace.beside(r(100, 50, 1280, 800), 1792, 1080, screen);
        assertEquals(100, right.ownerX(), "the studio stays where it is");
        assertEquals(r(1380, 50, 1180, 1080), right.bowl(), "as wide as the room on the right");
        WindowPlace left = WindowPlace.beside(r(1280, 50, 1280, 800), 1000, 700, screen);
        assertEquals(1280, left.ownerX());
        assertEquals(r(280, 50, 1000, 700), left.bowl(), "the width asked for, ending at the studio's left edge");
    }

    @Test
    void keptOnTheScreenAndOnTheStudiosOwnScreen() {
        // a second screen to the right of the first; the studio low on it
        Rectangle2D second = r(1920, 0, 1920, 1050);
        WindowPlace p = WindowPlace.beside(r(1920, 500, 1200, 700), 1344, 810, second);
        assertEquals(r(3120, 240, 720, 810), p.bowl(), "raised so that its bottom stays on the screen");
        WindowPlace tall = WindowPlace.beside(r(0, 0, 1200, 700), 700, 2000, second);
        assertEquals(1050, tall.bowl().getHeight(), "never taller than the screen");
    }

    @Test
    void noRoomBesideTheStudioLeavesThePlaceToTheToolkit() {
        assertNull(WindowPlace.beside(r(0, 0, 1280, 800), 1180, 760, r(0, 0, 1280, 800)));
        assertNull(WindowPlace.beside(r(0, 0, 1400, 900), 1344, 810, r(0, 0, 1920, 1080)), "520 to spare is too narrow");
    }
}

package org.backpropstudio.ui.bowl;

import javafx.geometry.Rectangle2D;

/**
 * Where the bowl's window opens: beside the studio's window on its screen, so that both show
 * whole. Right of it when there is room, else left of it; when neither side has room but the
 * screen does (the studio's window sits in the middle), the studio's window moves to the left
 * edge and the bowl goes right of it. The bowl is as wide as the room allows, up to the width
 * asked for, never narrower than {@link #MIN_WIDTH}, and kept on the screen. Pure arithmetic on
 * rectangles (the toolkit's geometry type, no window needed): tests try screens of every size.
 *
 * @param ownerX where the studio's window goes (its x; unchanged unless it moves to make room)
 * @param bowl   the bowl window's bounds
 */
public record WindowPlace(double ownerX, Rectangle2D bowl) {
    /** The narrowest the bowl may be beside the studio (its 3-D view and map still side by side). */
    public static final double MIN_WIDTH = 600;

    /**
     * The place beside {@code owner} for a window of {@code width} x {@code height} on the
     * visible part of {@code screen}, or null when the screen has no room for one at least
     * {@link #MIN_WIDTH} wide beside it (then it opens where the toolkit puts it, over the studio).
     */
    public static WindowPlace beside(Rectangle2D owner, double width, double height, Rectangle2D screen) {
        double h = Math.min(height, screen.getHeight());
        double y = Math.max(screen.getMinY(), Math.min(owner.getMinY(), screen.getMaxY() - h));
        double right = screen.getMaxX() - owner.getMaxX();
        double left = owner.getMinX() - screen.getMinX();
        if (right >= MIN_WIDTH) {
            double w = Math.min(width, right);
            return new WindowPlace(owner.getMinX(), new Rectangle2D(owner.getMaxX(), y, w, h));
        }
        if (left >= MIN_WIDTH) {
            double w = Math.min(width, left);
            return new WindowPlace(owner.getMinX(), new Rectangle2D(owner.getMinX() - w, y, w, h));
        }
        double room = screen.getWidth() - owner.getWidth();
        if (room >= MIN_WIDTH) {
            double ownerX = screen.getMinX();
            double w = Math.min(width, room);
            return new WindowPlace(ownerX, new Rectangle2D(ownerX + owner.getWidth(), y, w, h));
        }
        return null;
    }
}

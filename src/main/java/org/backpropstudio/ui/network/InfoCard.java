package org.backpropstudio.ui.network;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The small card that shows the numbers of the unit, edge or bias under the pointer: a title,
 * one line per number, a muted note naming the watched sample and, for what can be edited, a
 * hint saying so. A single node, reused.
 */
final class InfoCard {
    private final Label title = new Label();
    private final Label body = new Label();
    private final Label note = new Label();
    private final Label hint = new Label();
    private final VBox box = new VBox(title, body, note, hint);
    private double anchorX;
    private double anchorY;
    private NetworkText.Card shown;

    InfoCard() {
        title.getStyleClass().add("card-title");
        body.getStyleClass().add("card-body");
        note.getStyleClass().add("card-note");
        hint.getStyleClass().add("card-hint");
        box.getStyleClass().add("network-card");
        box.setId("network-card");
        box.setMouseTransparent(true);
        box.setManaged(false);
        box.setVisible(false);
    }

    VBox node() {
        return box;
    }

    boolean isShowing() {
        return box.isVisible();
    }

    /** Shows the card's text near the point (x, y) of the view; returns whether it changed (and needs placing). */
    boolean show(NetworkText.Card card, double x, double y) {
        boolean changed = !card.equals(shown) || x != anchorX || y != anchorY || !box.isVisible();
        anchorX = x;
        anchorY = y;
        if (!card.equals(shown)) {
            shown = card;
            title.setText(card.title());
            body.setText(String.join("\n", card.lines()));
            note.setText(card.note());
            hint.setText(card.hint() == null ? "" : card.hint());
            hint.setVisible(card.hint() != null);
            hint.setManaged(card.hint() != null);
        }
        box.setVisible(true);
        return changed;
    }

    void hide() {
        box.setVisible(false);
        shown = null;
    }

    /** Sizes the card and keeps it inside the view, beside the pointer rather than under it. */
    void place(Bounds view, double em) {
        if (!box.isVisible()) {
            return;
        }
        box.autosize();
        double w = box.getWidth();
        double h = box.getHeight();
        double x = anchorX + em * 1.2;
        if (x + w > view.getWidth() - em * 0.3) {
            x = anchorX - em * 1.2 - w;
        }
        double y = anchorY + em * 1.2;
        if (y + h > view.getHeight() - em * 0.3) {
            y = anchorY - em * 1.2 - h;
        }
        box.relocate(Math.round(Math.max(0, x)), Math.round(Math.max(0, y)));
    }
}

package org.backpropstudio.ui.network;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures text for canvas drawing (FX thread only). */
final class TextWidth {
    private static final Text PROBE = new Text();

    private TextWidth() {
    }

    static double of(String s, Font font) {
        PROBE.setFont(font);
        PROBE.setText(s);
        return PROBE.getLayoutBounds().getWidth();
    }
}

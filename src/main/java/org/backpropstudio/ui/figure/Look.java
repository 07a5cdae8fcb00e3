package org.backpropstudio.ui.figure;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.backpropstudio.ui.StudioApp;
import org.backpropstudio.ui.i18n.Messages;

/**
 * How a figure looks: the UI text (its language), the stylesheets, and the style of the root
 * node, where the font size that every size in the CSS follows is set (as the window's zoom does).
 *
 * @param rootStyle an inline style for the root, e.g. {@code -fx-font-size: 28px;}, or empty
 */
public record Look(ResourceBundle text, List<String> stylesheets, String rootStyle) {
    /** The root font size of {@code studio.css}, in pixels. */
    public static final double BASE_FONT_PX = 14;

    public Look {
        stylesheets = List.copyOf(stylesheets);
        rootStyle = rootStyle == null ? "" : rootStyle;
    }

    /** The app's look in {@code language}, with every size {@code scale} times the window's. */
    public static Look of(Locale language, double scale) {
        String style = scale == 1 ? "" : "-fx-font-size: " + BASE_FONT_PX * scale + "px;";
        return new Look(Messages.bundle(language), StudioApp.stylesheets(language), style);
    }
}

package org.backpropstudio.ui.fx;

import java.util.List;

import javafx.beans.Observable;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * A region that draws a chart, with the colours and font its axes and text take from CSS:
 * {@code -bp-text-fill}, {@code -bp-muted-text-fill} (the note shown when there is nothing to
 * draw), {@code -bp-axis-color}, {@code -bp-grid-color} and {@code -bp-label-font}. A subclass
 * with styleable properties of its own builds its factory on {@link #getClassCssMetaData()}.
 */
public abstract class ChartRegion extends Region {
    private static final StyleablePropertyFactory<ChartRegion> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    // made with the class, not the first chart: a subclass's factory copies the list when it is made
    private static final CssMetaData<ChartRegion, Color> TEXT_FILL =
            CSS.createColorCssMetaData("-bp-text-fill", c -> c.textFill, Color.web("#222222"));
    private static final CssMetaData<ChartRegion, Color> MUTED_TEXT_FILL =
            CSS.createColorCssMetaData("-bp-muted-text-fill", c -> c.mutedTextFill, Color.web("#5f5f5f"));
    private static final CssMetaData<ChartRegion, Color> AXIS_COLOR =
            CSS.createColorCssMetaData("-bp-axis-color", c -> c.axisColor, Color.web("#555555"));
    private static final CssMetaData<ChartRegion, Color> GRID_COLOR =
            CSS.createColorCssMetaData("-bp-grid-color", c -> c.gridColor, Color.web("#e3e3e3"));
    private static final CssMetaData<ChartRegion, Font> LABEL_FONT =
            CSS.createFontCssMetaData("-bp-label-font", c -> c.labelFont, Font.font(13));

    private final StyleableObjectProperty<Color> textFill = property(TEXT_FILL, "textFill");
    private final StyleableObjectProperty<Color> mutedTextFill = property(MUTED_TEXT_FILL, "mutedTextFill");
    private final StyleableObjectProperty<Color> axisColor = property(AXIS_COLOR, "axisColor");
    private final StyleableObjectProperty<Color> gridColor = property(GRID_COLOR, "gridColor");
    private final StyleableObjectProperty<Font> labelFont = property(LABEL_FONT, "labelFont");

    private <T> StyleableObjectProperty<T> property(CssMetaData<ChartRegion, T> css, String name) {
        return new SimpleStyleableObjectProperty<>(css, this, name, css.getInitialValue(this));
    }

    protected final Color textFill() {
        return textFill.get();
    }

    protected final Color mutedTextFill() {
        return mutedTextFill.get();
    }

    protected final Font labelFont() {
        return labelFont.get();
    }

    /** The font and colours of the axes, as {@link AxisPainter} takes them. */
    protected final AxisPainter.Style axisStyle() {
        return new AxisPainter.Style(labelFont.get(), axisColor.get(), textFill.get(), gridColor.get());
    }

    /** The styleable properties, for a listener that redraws when CSS changes one (a subclass adds its own). */
    protected List<Observable> styleables() {
        return List.of(textFill, mutedTextFill, axisColor, gridColor, labelFont);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}

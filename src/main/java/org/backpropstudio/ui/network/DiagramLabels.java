package org.backpropstudio.ui.network;

import java.util.List;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

import org.backpropstudio.data.Feature;
import org.backpropstudio.session.NetworkShape;

/**
 * The strings drawn on the canvas for one shape and language, made once per shape change (not
 * per frame), with the widths of the titles and the legend measured once per font.
 */
record DiagramLabels(String[] columnTitles, double[] titleWidths, String[] shortTitles, String[] inputs, String[] outputs, String[] legend, double[] legendWidths) {

    static DiagramLabels of(NetworkText text, NetworkShape shape, List<Feature> features, Font font) {
        int columns = shape.layerCount() + 1;
        String[] titles = new String[columns];
        String[] shortTitles = new String[columns];
        for (int c = 0; c < columns; c++) {
            titles[c] = text.columnTitle(shape, c);
            shortTitles[c] = text.shortColumnTitle(shape, c);
        }
        String[] inputs = new String[shape.inputs()];
        for (int k = 0; k < inputs.length; k++) {
            inputs[k] = text.unit(shape, features, 0, k);
        }
        String[] outputs = new String[shape.outputs()];
        for (int j = 0; j < outputs.length; j++) {
            outputs[j] = text.unit(shape, features, columns - 1, j);
        }
        String[] legend = {text.get("net.legend.positive"), text.get("net.legend.negative"),
                text.get("net.legend.width"), text.get("net.legend.bias")};
        return new DiagramLabels(titles, widths(titles, font), shortTitles, inputs, outputs, legend, widths(legend, font));
    }

    private static double[] widths(String[] strings, Font font) {
        double[] widths = new double[strings.length];
        Text probe = new Text();
        probe.setFont(font);
        for (int i = 0; i < strings.length; i++) {
            probe.setText(strings[i]);
            widths[i] = probe.getLayoutBounds().getWidth();
        }
        return widths;
    }
}

package org.backpropstudio.ui.network;

import java.util.List;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

import org.backpropstudio.data.Feature;
import org.backpropstudio.session.NetworkShape;

/**
 * The strings drawn on the canvas for one shape and language, made once per shape change (not
 * per frame), with the legend's widths measured once per font.
 */
record DiagramLabels(String[] columnTitles, String[] inputs, String[] outputs, String[] legend, double[] legendWidths) {

    static DiagramLabels of(NetworkText text, NetworkShape shape, List<Feature> features, Font font) {
        int columns = shape.layerCount() + 1;
        String[] titles = new String[columns];
        for (int c = 0; c < columns; c++) {
            titles[c] = text.columnTitle(shape, c);
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
        double[] widths = new double[legend.length];
        Text probe = new Text();
        probe.setFont(font);
        for (int i = 0; i < legend.length; i++) {
            probe.setText(legend[i]);
            widths[i] = probe.getLayoutBounds().getWidth();
        }
        return new DiagramLabels(titles, inputs, outputs, legend, widths);
    }
}

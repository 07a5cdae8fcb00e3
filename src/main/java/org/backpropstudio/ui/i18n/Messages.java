package org.backpropstudio.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.backpropstudio.engine.DenseLayer;
import org.backpropstudio.engine.Network;

/** The UI's text: the {@code messages} bundle of this package, and a few formatting helpers. */
public final class Messages {
    public static final String BUNDLE = "org.backpropstudio.ui.i18n.messages";

    private Messages() {
    }

    /** The bundle for the default locale. */
    public static ResourceBundle bundle() {
        return bundle(Locale.getDefault());
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** The pattern under {@code key} filled with {@code args}, in the bundle's locale. */
    public static String format(ResourceBundle text, String key, Object... args) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(args);
    }

    /** One line about a network's shape, e.g. "2 inputs, hidden layers 4 (tanh), output 1 (sigmoid); seed 42". */
    public static String describe(ResourceBundle text, Network net, long seed) {
        StringBuilder hidden = new StringBuilder();
        for (int l = 0; l < net.layerCount() - 1; l++) {
            DenseLayer d = net.layer(l);
            hidden.append(l == 0 ? "" : ", ").append(d.units()).append(" ").append(d.activation().id());
        }
        DenseLayer out = net.outputLayer();
        return format(text, "network.summary", net.inputs(), hidden.length() == 0 ? "-" : hidden.toString(),
                out.units() + " " + out.activation().id(), seed);
    }
}

package org.backpropstudio.engine;

/**
 * A parameter's public name: {@code w:L:J:K} is weight {@code layers[L].weights[J][K]} and
 * {@code b:L:J} is bias {@code layers[L].biases[J]}, all 0-based.
 */
public record ParameterName(boolean weight, int layer, int unit, int from) {

    public static ParameterName weight(int layer, int unit, int from) {
        return new ParameterName(true, layer, unit, from);
    }

    public static ParameterName bias(int layer, int unit) {
        return new ParameterName(false, layer, unit, -1);
    }

    /**
     * Parses a name and checks it against the network's shape.
     *
     * @throws IllegalArgumentException with a message that says what is wrong
     */
    public static ParameterName parse(String text, Network net) {
        String[] parts = text == null ? new String[0] : text.split(":", -1);
        boolean isWeight = parts.length == 4 && parts[0].equals("w");
        boolean isBias = parts.length == 3 && parts[0].equals("b");
        if (!isWeight && !isBias) {
            throw new IllegalArgumentException("'" + text + "' is not a parameter name; use w:L:J:K or b:L:J");
        }
        int[] n = new int[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            try {
                n[i - 1] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "': '" + parts[i] + "' is not a whole number");
            }
        }
        int layer = n[0];
        if (layer < 0 || layer >= net.layerCount()) {
            throw new IllegalArgumentException("'" + text + "': layer " + layer + " does not exist (the network has layers 0 to "
                    + (net.layerCount() - 1) + ")");
        }
        DenseLayer d = net.layer(layer);
        if (n[1] < 0 || n[1] >= d.units()) {
            throw new IllegalArgumentException("'" + text + "': layer " + layer + " has units 0 to " + (d.units() - 1));
        }
        if (isWeight && (n[2] < 0 || n[2] >= d.fanIn())) {
            throw new IllegalArgumentException("'" + text + "': layer " + layer + " has inputs 0 to " + (d.fanIn() - 1));
        }
        return isWeight ? weight(layer, n[1], n[2]) : bias(layer, n[1]);
    }

    /** The name of the parameter at {@code index} of the network's vector. */
    public static ParameterName of(Network net, int index) {
        for (int l = 0; l < net.layerCount(); l++) {
            DenseLayer d = net.layer(l);
            if (index >= d.weightOffset() && index < d.biasOffset()) {
                int r = index - d.weightOffset();
                return weight(l, r / d.fanIn(), r % d.fanIn());
            }
            if (index >= d.biasOffset() && index < d.biasOffset() + d.units()) {
                return bias(l, index - d.biasOffset());
            }
        }
        throw new IndexOutOfBoundsException("no parameter " + index);
    }

    /** Position in the network's flat parameter vector. */
    public int index(Network net) {
        DenseLayer d = net.layer(layer);
        return weight ? d.weightIndex(unit, from) : d.biasIndex(unit);
    }

    @Override
    public String toString() {
        return weight ? "w:" + layer + ":" + unit + ":" + from : "b:" + layer + ":" + unit;
    }
}

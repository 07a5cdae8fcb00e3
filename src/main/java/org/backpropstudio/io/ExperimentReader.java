package org.backpropstudio.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.backpropstudio.data.Feature;
import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Initializer;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.OptimizerState;
import org.backpropstudio.engine.OptimizerType;
import org.backpropstudio.engine.Regularization;
import org.backpropstudio.engine.RegularizationType;

/**
 * Reads an experiment file (format version 1) and checks all of it: every problem is an
 * {@link ExperimentException} naming the file and the JSON path, e.g.
 * {@code exp.json: $.network.layers[1].activation: unknown activation 'sigmoidd' (expected one of ...)}.
 * Fields the format does not define are refused, so a misspelt field is never silently ignored.
 */
public final class ExperimentReader {

    /** Files larger than this are refused before parsing. */
    public static final long MAX_FILE_BYTES = 64L << 20;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '([^']*)'");

    private ExperimentReader() {
    }

    /** Reads and checks the file; its name in messages is {@code file} as given. */
    public static Experiment read(Path file) throws ExperimentException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ExperimentException(name, null, "this is a folder, not an experiment file");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ExperimentException(name, null, "the file is too large (" + size + " bytes; at most "
                        + MAX_FILE_BYTES + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ExperimentException(name, null, "the file does not exist");
        } catch (AccessDeniedException e) {
            throw new ExperimentException(name, null, "the file cannot be read (permission denied)");
        } catch (IOException e) {
            throw new ExperimentException(name, null, "the file cannot be read (" + AtomicFile.reason(e) + ")");
        }
        return read(name, bytes);
    }

    /** Reads and checks JSON text; {@code name} stands for the file in messages. */
    public static Experiment read(String name, String json) throws ExperimentException {
        return read(name, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads and checks JSON bytes (UTF-8, -16 or -32); {@code name} stands for the file in messages. */
    public static Experiment read(String name, byte[] json) throws ExperimentException {
        return parse(name, tree(name, json));
    }

    /** Parses JSON into a tree, turning syntax errors into messages with a path, line and column. */
    static JsonNode tree(String name, byte[] json) throws ExperimentException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw syntaxError(name, e);
        } catch (IOException e) {
            throw new ExperimentException(name, null, "the file cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || root.isMissingNode()) {
            throw new ExperimentException(name, "$", "the file is empty; expected a JSON object");
        }
        return root;
    }

    private static ExperimentException syntaxError(String name, JsonProcessingException e) {
        String place = "$";
        if (e.getProcessor() instanceof JsonParser p) {
            place = pathOf(p.getParsingContext());
        }
        JsonLocation loc = e.getLocation();
        String where = loc == null || loc.getLineNr() < 1 ? ""
                : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
        String what;
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            what = "the JSON ends too early (is the file truncated?)";
        } else {
            what = "not valid JSON: " + explain(original);
        }
        return new ExperimentException(name, place, where + what);
    }

    /** Jackson's description of a syntax error, shortened and without advice about parser settings. */
    private static String explain(String m) {
        if (m.startsWith("Trailing token")) {
            return "there is more text after the end of the experiment's JSON object";
        }
        Matcher nonStandard = NON_STANDARD.matcher(m);
        if (nonStandard.find()) {
            return "'" + nonStandard.group(1) + "' is not a JSON number (numbers in the file must be finite)";
        }
        for (String cut : new String[] {" (start marker at", "[Source:", ": enable `", " (bound as"}) {
            int i = m.indexOf(cut);
            if (i >= 0) {
                m = m.substring(0, i);
            }
        }
        m = m.trim();
        return m.length() > 160 ? m.substring(0, 160) + "..." : m;
    }

    /** The JSON path of the parser's position, e.g. {@code $.network.layers[2].units}. */
    private static String pathOf(JsonStreamContext ctx) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.add(0, "." + c.getCurrentName());
            } else if (c.inArray() && c.getEntryCount() > 0) {
                parts.add(0, "[" + c.getCurrentIndex() + "]");
            }
        }
        return "$" + String.join("", parts);
    }

    static Experiment parse(String name, JsonNode json) throws ExperimentException {
        Cursor root = new Cursor(name, "$", json);
        if (!json.isObject()) {
            throw root.error("expected an experiment (a JSON object { ... }), found " + Cursor.describe(json));
        }
        if (!root.has("format")) {
            throw root.errorBelow(".format", "the field 'format' is missing; an experiment file starts with "
                    + "\"format\": \"" + Experiment.FORMAT + "\"");
        }
        Cursor format = root.field("format");
        if (!format.node().isTextual() || !format.node().textValue().equals(Experiment.FORMAT)) {
            throw format.error("this is not a Backprop Studio experiment: expected \"" + Experiment.FORMAT
                    + "\", found " + Cursor.describe(format.node()));
        }
        Cursor version = root.field("version");
        long v = version.whole(Long.MIN_VALUE, Long.MAX_VALUE);
        if (v != Experiment.VERSION) {
            throw version.error("version " + v + " is not supported; this build reads version " + Experiment.VERSION);
        }
        root.object("an experiment", "format", "version", "network", "loss", "optimizer", "regularization",
                "training", "features", "data");

        NetworkSpec network = network(root.field("network"));
        Cursor lossField = root.field("loss");
        Loss loss = Loss.byId(lossField.string());
        if (loss == null) {
            throw lossField.error("unknown loss '" + lossField.string() + "' (expected one of " + Loss.ids() + ")");
        }
        Activation out = network.outputLayer().activation();
        if (!loss.accepts(out)) {
            throw lossField.error(loss.id() + " needs a sigmoid or softmax output layer, but the output layer ($.network.layers["
                    + (network.layers().size() - 1) + "]) is " + out.id());
        }
        OptimizerConfig optimizer = optimizer(root.field("optimizer"));
        Regularization regularization = regularization(root.optional("regularization"));
        TrainingSpec training = training(root.optional("training"), optimizer.type(), parameterCount(network));
        List<Feature> features = features(root.optional("features"), network);
        DataSpec data = DataSection.read(root.field("data"), features.isEmpty() ? network.inputs() : 2, network, loss);
        try {
            return new Experiment(network, loss, optimizer, regularization, training, data, features);
        } catch (IllegalArgumentException e) {
            throw root.error(e.getMessage());
        }
    }

    /** The optional list of input features: none, or distinct known names, one per network input. */
    private static List<Feature> features(Cursor c, NetworkSpec network) throws ExperimentException {
        if (c == null) {
            return List.of();
        }
        List<Cursor> items = c.array("input features, e.g. [\"x1\", \"x2\", \"x1^2\"]", 1, Feature.values().length);
        List<Feature> out = new ArrayList<>();
        for (Cursor item : items) {
            String id = item.string();
            Feature f = Feature.byId(id);
            if (f == null) {
                throw item.error("unknown feature '" + id + "' (expected one of " + Feature.ids() + ")");
            }
            if (out.contains(f)) {
                throw item.error("the feature '" + id + "' is listed twice");
            }
            out.add(f);
        }
        if (out.size() != network.inputs()) {
            throw c.error("the network has " + network.inputs() + (network.inputs() == 1 ? " input" : " inputs")
                    + ", so it needs as many features; found " + out.size());
        }
        return out;
    }

    private static NetworkSpec network(Cursor c) throws ExperimentException {
        c.object("the network", "inputs", "initializer", "layers");
        int inputs = c.field("inputs").integer(1, Network.MAX_INPUTS);
        Initializer init = Initializer.XAVIER;
        Cursor ic = c.optional("initializer");
        if (ic != null) {
            init = Initializer.byId(ic.string());
            if (init == null) {
                throw ic.error("unknown initializer '" + ic.string() + "' (expected one of " + Initializer.ids() + ")");
            }
        }
        List<Cursor> layerCursors = c.field("layers").array("layers (hidden layers and then the output layer)",
                1, Network.MAX_HIDDEN_LAYERS + 1);
        List<LayerSpec> layers = new ArrayList<>();
        int fanIn = inputs;
        for (int l = 0; l < layerCursors.size(); l++) {
            LayerSpec layer = layer(layerCursors.get(l), fanIn, l == layerCursors.size() - 1);
            layers.add(layer);
            fanIn = layer.units();
        }
        try {
            return new NetworkSpec(inputs, init, layers);
        } catch (IllegalArgumentException e) {
            throw c.error(e.getMessage());
        }
    }

    private static LayerSpec layer(Cursor c, int fanIn, boolean isOutput) throws ExperimentException {
        c.object("a layer", "units", "activation", "weights", "biases");
        int units = c.field("units").integer(1, Network.MAX_UNITS);
        Cursor ac = c.field("activation");
        Activation act = Activation.byId(ac.string());
        if (act == null) {
            throw ac.error("unknown activation '" + ac.string() + "' (expected one of " + Activation.ids() + ")");
        }
        if (act == Activation.SOFTMAX && !isOutput) {
            throw ac.error("softmax is allowed on the output layer only");
        }
        double[][] weights = null;
        Cursor wc = c.optional("weights");
        if (wc != null) {
            List<Cursor> rows = wc.array("rows of weights (one per unit of this layer)", units, units);
            weights = new double[units][];
            for (int j = 0; j < units; j++) {
                weights[j] = rows.get(j).numbers(fanIn, "weights in this row (one per input of the layer)");
            }
        }
        double[] biases = null;
        Cursor bc = c.optional("biases");
        if (bc != null) {
            biases = bc.numbers(units, "biases (one per unit)");
        }
        return new LayerSpec(units, act, weights, biases);
    }

    private static OptimizerConfig optimizer(Cursor c) throws ExperimentException {
        c.object("the optimizer", "type", "learningRate", "momentum", "beta1", "beta2", "epsilon");
        Cursor tc = c.field("type");
        OptimizerType type = OptimizerType.byId(tc.string());
        if (type == null) {
            throw tc.error("unknown optimizer '" + tc.string() + "' (expected one of " + OptimizerType.ids() + ")");
        }
        double eta = c.field("learningRate").number(x -> x > 0, "greater than 0");
        double momentum = OptimizerConfig.DEFAULT_MOMENTUM;
        double beta1 = OptimizerConfig.DEFAULT_BETA1;
        double beta2 = OptimizerConfig.DEFAULT_BETA2;
        double epsilon = OptimizerConfig.DEFAULT_EPSILON;
        Cursor mc = only(c, "momentum", type, OptimizerType.MOMENTUM);
        if (mc != null) {
            momentum = mc.number(x -> x >= 0 && x < 1, "at least 0 and less than 1");
        }
        Cursor b1 = only(c, "beta1", type, OptimizerType.ADAM);
        if (b1 != null) {
            beta1 = b1.number(x -> x >= 0 && x < 1, "at least 0 and less than 1");
        }
        Cursor b2 = only(c, "beta2", type, OptimizerType.ADAM);
        if (b2 != null) {
            beta2 = b2.number(x -> x >= 0 && x < 1, "at least 0 and less than 1");
        }
        Cursor ec = only(c, "epsilon", type, OptimizerType.ADAM);
        if (ec != null) {
            epsilon = ec.number(x -> x > 0, "greater than 0");
        }
        try {
            return new OptimizerConfig(type, eta, momentum, beta1, beta2, epsilon);
        } catch (IllegalArgumentException e) {
            throw c.error(e.getMessage());
        }
    }

    /** An optional optimizer setting that only {@code owner} uses; refused for other types. */
    private static Cursor only(Cursor c, String name, OptimizerType type, OptimizerType owner) throws ExperimentException {
        Cursor f = c.optional(name);
        if (f != null && type != owner) {
            throw f.error("only the " + owner.id() + " optimizer uses '" + name + "' (this one is " + type.id()
                    + "); remove the field or change the type");
        }
        return f;
    }

    private static Regularization regularization(Cursor c) throws ExperimentException {
        if (c == null) {
            return Regularization.NONE;
        }
        c.object("the regularization", "type", "rate");
        Cursor tc = c.field("type");
        RegularizationType type = RegularizationType.byId(tc.string());
        if (type == null) {
            throw tc.error("unknown regularization '" + tc.string() + "' (expected one of " + RegularizationType.ids() + ")");
        }
        Cursor rc = c.optional("rate");
        double rate = rc == null ? 0 : rc.number(x -> x >= 0, "0 or more");
        return new Regularization(type, rate);
    }

    private static int parameterCount(NetworkSpec network) {
        int count = 0;
        int fanIn = network.inputs();
        for (LayerSpec l : network.layers()) {
            count += l.units() * (fanIn + 1);
            fanIn = l.units();
        }
        return count;
    }

    private static TrainingSpec training(Cursor c, OptimizerType type, int parameters) throws ExperimentException {
        if (c == null) {
            return new TrainingSpec(1, 0, false, 0);
        }
        c.object("the training settings", "batchSize", "seed", "shuffle", "stepsDone", "optimizerState");
        Cursor bc = c.optional("batchSize");
        int batch = bc == null ? 1 : bc.integer(1, TrainingSpec.MAX_BATCH_SIZE);
        Cursor sc = c.optional("seed");
        long seed = sc == null ? 0 : sc.whole(Long.MIN_VALUE, Long.MAX_VALUE);
        Cursor shc = c.optional("shuffle");
        boolean shuffle = shc != null && shc.bool();
        Cursor dc = c.optional("stepsDone");
        long done = dc == null ? 0 : dc.whole(0, TrainingSpec.MAX_STEPS_DONE);
        Cursor oc = c.optional("optimizerState");
        OptimizerState state = oc == null ? null : optimizerState(oc, type, parameters);
        return new TrainingSpec(batch, seed, shuffle, done, state);
    }

    /** Momentum's velocity or Adam's moments, one value per parameter, as a saved run left them. */
    private static OptimizerState optimizerState(Cursor c, OptimizerType type, int parameters) throws ExperimentException {
        if (type == OptimizerType.SGD) {
            throw c.error("the sgd optimizer keeps no state; remove 'optimizerState' or change the optimizer");
        }
        c.object("the optimizer's state", "updates", "first", "second");
        long updates = c.field("updates").whole(0, TrainingSpec.MAX_STEPS_DONE);
        double[] first = c.field("first").numbers(parameters, "values (one per weight and bias)");
        Cursor sc = c.optional("second");
        double[] second;
        if (type == OptimizerType.ADAM) {
            second = c.field("second").numbers(parameters, "values (one per weight and bias)");
        } else if (sc != null) {
            throw sc.error("only the adam optimizer keeps a second moment; remove the field");
        } else {
            second = new double[0];
        }
        return new OptimizerState(updates, first, second);
    }

    /** Builds the message-ready shape of a data set, e.g. "2 inputs and 1 output". */
    static String shape(int inputs, int outputs) {
        return inputs + (inputs == 1 ? " input" : " inputs") + " and " + outputs + (outputs == 1 ? " output" : " outputs");
    }
}

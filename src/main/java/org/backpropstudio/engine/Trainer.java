package org.backpropstudio.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.backpropstudio.data.Dataset;

/**
 * Trains a network by mini-batch gradient descent, one step or one phase at a time.
 * A step takes the next {@code batchSize} training samples (epochs wrap; the order is
 * reshuffled from the seeded generator at the start of every epoch when {@code shuffle} is on),
 * runs the forward pass, the loss, the backward pass and the update.
 *
 * <p>A step that makes the loss, a gradient or a parameter non-finite is refused: the trainer
 * enters the diverged state with the step number and cause, and the parameters stay those of
 * the last good step. Not thread-safe: one thread owns a trainer.
 */
public final class Trainer {

    /** The four phases of one step, in order. */
    public enum Phase { FORWARD, LOSS, BACKWARD, UPDATE }

    private final Network net;
    private final Loss loss;
    private final Optimizer optimizer;
    private Regularization regularization;
    private Dataset data;
    private final int batchSize;
    private final boolean shuffle;
    private final Rng rng;

    private Propagation batchProp;      // one slot per sample of a batch (phase stepping)
    private final Propagation oneProp;  // slot 0 only (fast path, evaluation)
    private final double[] grad;
    private double[] candidate;
    private int[] order;
    private int cursor;
    private long steps;
    private long epochs;
    private Divergence divergence;

    private StepHistory history;
    private Phase nextPhase = Phase.FORWARD;
    private final int[] batch;
    private int batchCount;
    private double batchLoss = Double.NaN;

    public Trainer(Network net, Loss loss, OptimizerConfig optimizer, Regularization regularization,
                   Dataset data, int batchSize, boolean shuffle, Rng rng) {
        if (!loss.accepts(net.outputLayer().activation())) {
            throw new IllegalArgumentException(loss.id() + " needs a sigmoid or softmax output layer");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        this.net = net;
        this.loss = loss;
        this.optimizer = new Optimizer(optimizer, net.parameterCount());
        this.regularization = regularization;
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.rng = rng;
        this.oneProp = new Propagation(net, 1);
        this.grad = new double[net.parameterCount()];
        this.candidate = new double[net.parameterCount()];
        this.batch = new int[batchSize];
        setData(data);
    }

    /** Replaces the training data; the position in the epoch starts over. */
    public void setData(Dataset data) {
        checkShape(net, data);
        this.data = data;
        this.order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.cursor = 0;
        this.nextPhase = Phase.FORWARD;
        int slots = Math.max(1, Math.min(batchSize, data.size()));
        if (batchProp == null || batchProp.slots() < slots) {
            batchProp = new Propagation(net, slots);
        }
    }

    public Network network() { return net; }

    public Loss loss() { return loss; }

    public Dataset data() { return data; }

    public int batchSize() { return batchSize; }

    public OptimizerConfig optimizerConfig() { return optimizer.config(); }

    public Regularization regularization() { return regularization; }

    /** Completed optimizer steps. */
    public long steps() { return steps; }

    /** Completed passes over the training data. */
    public long epochs() { return epochs; }

    /** The phase that {@link #stepPhase()} will run next. */
    public Phase nextPhase() { return nextPhase; }

    public boolean isDiverged() { return divergence != null; }

    /** Why training stopped, or null while it is healthy. */
    public Divergence divergence() { return divergence; }

    /** Mean loss of the last batch (plus the penalty), NaN before the first loss phase. */
    public double lastBatchLoss() { return batchLoss; }

    /** The training-sample indices of the current (or last) batch. */
    public int[] currentBatch() { return Arrays.copyOf(batch, batchCount); }

    public void setLearningRate(double eta) { optimizer.setLearningRate(eta); }

    /** Keeps every step from now on in {@code h} (null: keep none). */
    public void setHistory(StepHistory h) { history = h; }

    /** The ring of recent steps, or null. */
    public StepHistory history() { return history; }

    public void setOptimizer(OptimizerConfig c) { optimizer.setConfig(c); }

    /** A copy of what the optimizer remembers (velocity, moments, update count). */
    public OptimizerState optimizerState() { return optimizer.state(); }

    /** Restores what a saved run's optimizer remembered; see {@link Optimizer#restore}. */
    public void restoreOptimizerState(OptimizerState s) { optimizer.restore(s); }

    public void setRegularization(Regularization r) { regularization = r; }

    /**
     * Lets training continue after a divergence (e.g. after the learning rate was lowered).
     * Does nothing while training is healthy.
     */
    public void clearDivergence() {
        if (divergence != null) {
            divergence = null;
            nextPhase = Phase.FORWARD;
        }
    }

    /**
     * Continues a run that already took {@code stepsDone} steps (e.g. one saved to a file): replays
     * the sample order of those steps, reshuffles included, without computing them, so the next
     * step takes the batch it would have taken in one long run; {@link #steps()} and
     * {@link #epochs()} then count from there. Only for a trainer that has not stepped yet.
     */
    public void resume(long stepsDone) {
        if (stepsDone < 0) {
            throw new IllegalArgumentException("steps done must be 0 or more: " + stepsDone);
        }
        if (steps != 0 || cursor != 0 || nextPhase != Phase.FORWARD) {
            throw new IllegalStateException("resume is for a trainer that has not stepped yet");
        }
        int n = order.length;
        if (n > 0) {
            long consumed = Math.multiplyExact(stepsDone, (long) Math.min(batchSize, n));
            long shuffles = shuffle ? (consumed + n - 1) / n : 0;
            for (long i = 0; i < shuffles; i++) {
                rng.shuffle(order);
            }
            epochs = consumed / n;
            cursor = (int) (consumed % n);
        }
        steps = stepsDone;
    }

    /**
     * Runs one whole step (or finishes the current one if phases were stepped).
     *
     * @return false when the trainer is (or just became) diverged or has no data
     */
    public boolean step() {
        if (divergence != null || data.isEmpty()) {
            return false;
        }
        if (nextPhase != Phase.FORWARD) {
            while (divergence == null && nextPhase != Phase.FORWARD) {
                stepPhase();
            }
            return divergence == null;
        }
        // Fast path: forward, loss, backward sample by sample in one slot. Same arithmetic in
        // the same order as the phase-by-phase path, so both give bit-identical results.
        selectBatch();
        double[] x = data.rawInputs();
        double[] y = data.rawTargets();
        int ni = data.inputs();
        int no = data.outputs();
        Arrays.fill(grad, 0);
        double sum = 0;
        for (int s = 0; s < batchCount; s++) {
            int i = batch[s];
            oneProp.forward(x, i * ni, 0);
            sum += oneProp.loss(loss, y, i * no, 0);
            oneProp.backward(loss, x, i * ni, y, i * no, 0, grad);
        }
        if (!finishLoss(sum)) {
            return false;
        }
        finishGradient();
        return update();
    }

    /** Runs {@code n} steps or until divergence; returns the number of steps done. */
    public long train(long n) {
        long done = 0;
        while (done < n && step()) {
            done++;
        }
        return done;
    }

    /**
     * Runs the next phase only.
     *
     * @return the phase that ran, or null when nothing ran (diverged or no data)
     */
    public Phase stepPhase() {
        if (divergence != null || data.isEmpty()) {
            return null;
        }
        Phase ran = nextPhase;
        double[] x = data.rawInputs();
        double[] y = data.rawTargets();
        int ni = data.inputs();
        int no = data.outputs();
        switch (ran) {
            case FORWARD:
                selectBatch();
                for (int s = 0; s < batchCount; s++) {
                    batchProp.forward(x, batch[s] * ni, s);
                }
                nextPhase = Phase.LOSS;
                break;
            case LOSS: {
                double sum = 0;
                for (int s = 0; s < batchCount; s++) {
                    sum += batchProp.loss(loss, y, batch[s] * no, s);
                }
                nextPhase = finishLoss(sum) ? Phase.BACKWARD : Phase.FORWARD;
                break;
            }
            case BACKWARD:
                Arrays.fill(grad, 0);
                for (int s = 0; s < batchCount; s++) {
                    int i = batch[s];
                    batchProp.backward(loss, x, i * ni, y, i * no, s, grad);
                }
                finishGradient();
                nextPhase = Phase.UPDATE;
                break;
            case UPDATE:
                update();
                nextPhase = Phase.FORWARD;
                break;
            default:
                throw new AssertionError(ran);
        }
        return ran;
    }

    private void selectBatch() {
        int n = order.length;
        int count = Math.min(batchSize, n);
        for (int s = 0; s < count; s++) {
            if (cursor == 0 && shuffle) {
                rng.shuffle(order);
            }
            batch[s] = order[cursor];
            cursor++;
            if (cursor == n) {
                cursor = 0;
                epochs++;
            }
        }
        batchCount = count;
    }

    private boolean finishLoss(double sum) {
        batchLoss = sum / batchCount + regularization.penalty(net);
        if (!Double.isFinite(batchLoss)) {
            diverge("the loss became " + describe(batchLoss));
            return false;
        }
        return true;
    }

    private void finishGradient() {
        for (int i = 0; i < grad.length; i++) {
            grad[i] /= batchCount;
        }
        regularization.addGradient(net, grad);
    }

    private boolean update() {
        for (int i = 0; i < grad.length; i++) {
            if (!Double.isFinite(grad[i])) {
                diverge("the gradient of " + ParameterName.of(net, i) + " became " + describe(grad[i]));
                return false;
            }
        }
        if (!optimizer.propose(net.rawParameters(), grad, candidate)) {
            for (int i = 0; i < candidate.length; i++) {
                if (!Double.isFinite(candidate[i])) {
                    diverge(ParameterName.of(net, i) + " would become " + describe(candidate[i]));
                    return false;
                }
            }
            diverge("the optimizer's state became infinite");
            return false;
        }
        if (history != null) {
            history.record(steps + 1, batch, batchCount, optimizer.config().learningRate(), batchLoss,
                    net.rawParameters(), grad, candidate);
        }
        candidate = net.swapParameters(candidate);
        optimizer.commit();
        steps++;
        return true;
    }

    private void diverge(String cause) {
        divergence = new Divergence(steps + 1, cause);
        nextPhase = Phase.FORWARD;
    }

    private static String describe(double v) {
        return Double.isNaN(v) ? "NaN (not a number)" : "infinite";
    }

    /** A copy of the mean gradient of the last backward phase (including the penalty). */
    public double[] lastGradient() {
        return grad.clone();
    }

    /** Mean loss over a data set at the current parameters, without the penalty; NaN if empty. */
    public double evaluate(Dataset set) {
        return evaluate(net, loss, set, oneProp);
    }

    /** Mean per-sample loss of {@code net} over {@code set} (no penalty); NaN if the set is empty. */
    public static double evaluate(Network net, Loss loss, Dataset set) {
        return evaluate(net, loss, set, new Propagation(net, 1));
    }

    private static void checkShape(Network net, Dataset set) {
        if (set.inputs() != net.inputs() || set.outputs() != net.outputs()) {
            throw new IllegalArgumentException("data has " + set.inputs() + " inputs and " + set.outputs()
                    + " outputs; the network has " + net.inputs() + " and " + net.outputs());
        }
    }

    private static double evaluate(Network net, Loss loss, Dataset set, Propagation p) {
        checkShape(net, set);
        if (set.isEmpty()) {
            return Double.NaN;
        }
        double[] x = set.rawInputs();
        double[] y = set.rawTargets();
        int ni = set.inputs();
        int no = set.outputs();
        double sum = 0;
        for (int i = 0; i < set.size(); i++) {
            p.forward(x, i * ni, 0);
            sum += p.loss(loss, y, i * no, 0);
        }
        return sum / set.size();
    }

    /** The whole set as one batch: its mean loss plus the penalty, and the gradient of that. */
    public record BatchGradient(double loss, double[] gradient) {
    }

    /** Loss and gradient of the whole {@code set} as one batch, at the current parameters. */
    public static BatchGradient gradient(Network net, Loss loss, Regularization reg, Dataset set) {
        checkShape(net, set);
        if (set.isEmpty()) {
            throw new IllegalArgumentException("the data set is empty");
        }
        Propagation p = new Propagation(net, 1);
        double[] g = new double[net.parameterCount()];
        double[] x = set.rawInputs();
        double[] y = set.rawTargets();
        int ni = set.inputs();
        int no = set.outputs();
        double sum = 0;
        for (int i = 0; i < set.size(); i++) {
            p.forward(x, i * ni, 0);
            sum += p.loss(loss, y, i * no, 0);
            p.backward(loss, x, i * ni, y, i * no, 0, g);
        }
        for (int i = 0; i < g.length; i++) {
            g[i] /= set.size();
        }
        reg.addGradient(net, g);
        return new BatchGradient(sum / set.size() + reg.penalty(net), g);
    }

    /** Every number of one sample's forward and backward pass at the current parameters. */
    public static StepTrace trace(Network net, Loss loss, Dataset set, int sample) {
        checkShape(net, set);
        if (sample < 0 || sample >= set.size()) {
            throw new IllegalArgumentException("no sample " + sample + " (the set has " + set.size() + ")");
        }
        Propagation p = new Propagation(net, 1);
        double[] x = set.inputsOf(sample);
        double[] y = set.targetsOf(sample);
        double[] g = new double[net.parameterCount()];
        p.forward(x, 0, 0);
        double e = p.loss(loss, y, 0, 0);
        p.backward(loss, x, 0, y, 0, 0, g);
        List<StepTrace.Layer> layers = new ArrayList<>();
        double[] in = x;
        for (int l = 0; l < net.layerCount(); l++) {
            DenseLayer d = net.layer(l);
            int n = d.units();
            double[] z = Arrays.copyOf(p.z(l), n);
            double[] a = Arrays.copyOf(p.a(l), n);
            double[] daDz = new double[n];
            for (int j = 0; j < n; j++) {
                daDz[j] = d.activation().derivative(z[j], a[j]);
            }
            double[][] dEdw = new double[n][d.fanIn()];
            double[] dEdb = new double[n];
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < d.fanIn(); k++) {
                    dEdw[j][k] = g[d.weightIndex(j, k)];
                }
                dEdb[j] = g[d.biasIndex(j)];
            }
            layers.add(new StepTrace.Layer(in.clone(), z, a, Arrays.copyOf(p.dEda(l), n), daDz,
                    Arrays.copyOf(p.delta(l), n), dEdw, dEdb));
            in = a;
        }
        return new StepTrace(sample, x, y, e, List.copyOf(layers));
    }
}

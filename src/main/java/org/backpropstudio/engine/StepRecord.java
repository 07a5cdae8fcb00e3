package org.backpropstudio.engine;

/**
 * One completed optimizer step, kept so that any of its phases can be shown again with its own
 * numbers: the forward and backward passes are recomputed exactly from {@code before} (the
 * engine is deterministic), the update is {@code before -> after}.
 *
 * @param step         the step's number (1 for the first step after a reset)
 * @param batch        indices of its training samples
 * @param learningRate the learning rate it used
 * @param batchLoss    its batch's mean loss plus the penalty, before the update
 * @param before       every parameter before the update
 * @param gradient     the batch gradient it applied (including the penalty's)
 * @param after        every parameter after the update
 */
public record StepRecord(long step, int[] batch, double learningRate, double batchLoss,
                         double[] before, double[] gradient, double[] after) {

    public StepRecord {
        batch = batch.clone();
        before = before.clone();
        gradient = gradient.clone();
        after = after.clone();
    }

    @Override
    public int[] batch() {
        return batch.clone();
    }

    @Override
    public double[] before() {
        return before.clone();
    }

    @Override
    public double[] gradient() {
        return gradient.clone();
    }

    @Override
    public double[] after() {
        return after.clone();
    }

    /** A network of {@code shape}'s form with the parameters before this step. */
    public Network networkBefore(Network shape) {
        Network n = shape.copy();
        n.setParameters(before);
        return n;
    }
}

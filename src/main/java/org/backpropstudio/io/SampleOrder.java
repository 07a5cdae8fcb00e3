package org.backpropstudio.io;

import org.backpropstudio.engine.Trainer;

/**
 * Moves a fresh trainer's position in the sample order forward by a number of steps without
 * training: the trainer's only public way to draw a batch without an update is to run the forward
 * phase and then reset the phase, which is what this does. The parameters and the optimizer's
 * state are not touched; the shuffles on the way consume the generator exactly as training did.
 */
final class SampleOrder {
    private SampleOrder() {
    }

    static void skip(Trainer trainer, long steps, boolean shuffle) {
        int n = trainer.data().size();
        if (steps <= 0 || n == 0) {
            return;
        }
        long todo = steps;
        if (!shuffle) {
            // Without shuffling the order never changes; only the position in it matters, and
            // it repeats after n / gcd(n, count) steps.
            int count = Math.min(trainer.batchSize(), n);
            todo = steps % (n / gcd(n, count));
        }
        for (long s = 0; s < todo; s++) {
            trainer.stepPhase();
            trainer.clearDivergence();
        }
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}

package org.backpropstudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.backpropstudio.engine.Divergence;
import org.backpropstudio.engine.Trainer;
import org.backpropstudio.io.Experiment;
import org.backpropstudio.io.ExperimentWriter;

/**
 * {@code train --in EXP --steps N [--out FILE]}: N optimizer steps from where the file left off,
 * then one line on standard output, the mean loss over the whole training set (without the
 * regularization penalty); with {@code --out}, the updated experiment (weights, biases and
 * {@code training.stepsDone}) is written atomically. If training diverges, the loss of the last
 * good step is printed, the file keeps that step's parameters, and the exit status is 1.
 */
final class TrainCommand {
    private TrainCommand() {
    }

    static int run(String[] args, PrintStream out) throws CommandException {
        Flags f = Flags.parse("train", args, List.of("in", "steps", "out"));
        String in = f.required("in");
        long steps = f.positive("steps");
        Path target = f.output("out");
        Experiment exp = Cli.load(in);
        Cli.requireTrainingData(exp, in, "train");

        Trainer trainer = exp.newTrainer();
        trainer.train(steps);
        double loss = Trainer.evaluate(trainer.network(), exp.loss(), exp.train());
        if (target != null) {
            Cli.write(target, ExperimentWriter.toJson(exp.afterTraining(trainer)));
        }
        out.println(loss);
        Divergence d = trainer.divergence();
        if (d != null) {
            throw new CommandException(CommandException.FAILED, in + ": training diverged at step " + d.step()
                    + ": " + d.cause() + "; the parameters of step " + (d.step() - 1) + " were kept");
        }
        return 0;
    }
}

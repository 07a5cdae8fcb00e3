package org.backpropstudio.ui.math;

import java.util.List;
import java.util.ResourceBundle;

import org.backpropstudio.ui.fx.Numbers;
import org.backpropstudio.engine.OptimizerType;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.engine.StepRecord;
import org.backpropstudio.ui.i18n.Messages;

/**
 * The update of a weight or bias: for the newest step, its value before, the learning rate, the
 * batch's mean gradient and its value after (w − η · dE/dw for plain gradient descent; momentum
 * and Adam follow their own rule). Before the first step, what one step on the watched sample
 * alone would do.
 */
final class Updates {
    private final ResourceBundle text;

    Updates(ResourceBundle text) {
        this.text = text;
    }

    void write(Formulas.Input in, ParameterName p, int index, List<MathLine> lines) {
        String w = p.weight() ? "w" : "b";
        String sub = text.getString("math.sub.new");
        StepRecord r = in.lastStep();
        if (r == null) {
            lines.add(MathLine.title(text.getString("math.title.nextUpdate")));
            if (in.optimizer() != OptimizerType.SGD || in.trace() == null) {
                lines.add(MathLine.note(format("math.note.noStep", in.optimizer().name().toLowerCase(java.util.Locale.ROOT))));
                return;
            }
            double before = in.parameters()[index];
            double g = p.weight() ? in.trace().layer(p.layer()).dEdw()[p.unit()][p.from()]
                    : in.trace().layer(p.layer()).dEdb()[p.unit()];
            double eta = in.learningRate();
            rule(w, sub, p, lines);
            lines.add(MathLine.equation(List.of(), new Tokens().lead(before, Formulas.ROLE_W_BEFORE).minus()
                    .n(eta, Formulas.ROLE_ETA).times().n(g, Formulas.ROLE_GRADIENT).list(), null));
            lines.add(MathLine.equation(List.of(), new Tokens().lead(before - eta * g, Formulas.ROLE_W_AFTER).list(),
                    text.getString("math.note.oneSample")));
            return;
        }
        lines.add(MathLine.title(format("math.title.update", r.step())));
        double before = r.before()[index];
        double after = r.after()[index];
        double g = r.gradient()[index];
        if (in.optimizer() == OptimizerType.SGD) {
            rule(w, sub, p, lines);
            lines.add(MathLine.equation(List.of(), new Tokens().lead(before, Formulas.ROLE_W_BEFORE).minus()
                    .n(r.learningRate(), Formulas.ROLE_ETA).times().n(g, Formulas.ROLE_GRADIENT).list(),
                    format("math.note.batch", r.batch().length)));
            lines.add(MathLine.equation(List.of(), new Tokens().lead(after, Formulas.ROLE_W_AFTER).list(),
                    text.getString("math.note.after")));
        } else {
            lines.add(MathLine.equation(new Tokens().v(w).list(), new Tokens().lead(before, Formulas.ROLE_W_BEFORE).list(),
                    text.getString("math.note.before")));
            lines.add(MathLine.equation(new Tokens().d("E", w).list(), new Tokens().lead(g, Formulas.ROLE_GRADIENT).list(),
                    format("math.note.batch", r.batch().length)));
            lines.add(MathLine.equation(new Tokens().v(w, sub).list(), new Tokens().lead(after, Formulas.ROLE_W_AFTER).list(),
                    text.getString("math.note.after")));
            lines.add(MathLine.note(format("math.note.otherRule", in.optimizer().name().toLowerCase(java.util.Locale.ROOT))));
        }
        if (in.trace() != null) {
            double own = p.weight() ? in.trace().layer(p.layer()).dEdw()[p.unit()][p.from()]
                    : in.trace().layer(p.layer()).dEdb()[p.unit()];
            lines.add(MathLine.note(format(in.replayed() ? "math.note.traceReplay" : "math.note.traceAfter",
                    Numbers.precise(own), w)));
        }
    }

    private void rule(String w, String sub, ParameterName p, List<MathLine> lines) {
        lines.add(MathLine.equation(new Tokens().v(w, sub).list(),
                new Tokens().v(w).minus().v("\u03b7").times().d("E", w).list(), text.getString("math.note.rule")));
    }

    private String format(String key, Object... args) {
        return Messages.format(text, key, args);
    }
}

package org.backpropstudio.ui.math;

import java.util.List;
import java.util.ResourceBundle;

import org.backpropstudio.ui.fx.Numbers;
import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.engine.StepTrace;
import org.backpropstudio.session.NetworkShape;
import org.backpropstudio.ui.i18n.Messages;

/**
 * The chain rule of one weight or bias for the watched sample: at the output the lesson's three
 * factors dE/da · da/dz · dz/dw (or δ = a − y where the engine computes δ directly), in a hidden
 * layer δ = f′(z) · Σ_k w_k δ_k with every term of the sum, then dE/dw = δ · x or dE/db = δ.
 */
final class Gradients {
    private final ResourceBundle text;
    private final UnitNames names;

    Gradients(ResourceBundle text, UnitNames names) {
        this.text = text;
        this.names = names;
    }

    void write(Formulas.Input in, ParameterName p, List<MathLine> lines) {
        NetworkShape shape = in.shape();
        StepTrace trace = in.trace();
        int l = p.layer();
        int j = p.unit();
        StepTrace.Layer layer = trace.layer(l);
        boolean output = l == shape.layerCount() - 1;
        Activation f = shape.activations().get(l);
        boolean threeFactors = output && in.loss() == Loss.MSE && f.isElementwise();
        String unit = names.unit(shape, l + 1, j);
        lines.add(MathLine.title(text.getString(output ? "math.title.outputGradient" : "math.title.hiddenGradient")));

        if (threeFactors && p.weight()) {
            int k = p.from();
            double dEda = layer.dEda()[j];
            double daDz = layer.daDz()[j];
            double x = layer.input()[k];
            lines.add(MathLine.equation(new Tokens().d("E", "w").list(),
                    new Tokens().d("E", "a").times().d("a", "z").times().d("z", "w").list(),
                    text.getString("math.note.chain")));
            lines.add(MathLine.equation(new Tokens().d("E", "a").list(),
                    new Tokens().tight(Tokens.MINUS).tight("(").v("y").minus().v("a").tight(")").eq()
                            .tight(Tokens.MINUS).tight("(").lead(trace.y()[j], Formulas.ROLE_Y).minus().n(layer.a()[j], Formulas.ROLE_A)
                            .tight(")").eq().lead(dEda, Formulas.ROLE_DEDA).list(),
                    text.getString("math.note.dEda")));
            lines.add(MathLine.equation(new Tokens().d("a", "z").list(),
                    new Tokens().slope().eq().lead(daDz, Formulas.ROLE_DADZ).list(),
                    format("math.note.daDz", f.id(), Numbers.precise(layer.z()[j]))));
            lines.add(MathLine.equation(new Tokens().d("z", "w").list(),
                    new Tokens().v("x").eq().lead(x, Formulas.ROLE_INPUT).list(),
                    format("math.note.dzdw", names.unit(shape, l, k))));
            lines.add(MathLine.equation(new Tokens().d("E", "w").list(),
                    new Tokens().lead(dEda, Formulas.ROLE_DEDA).times().n(daDz, Formulas.ROLE_DADZ).times()
                            .n(x, Formulas.ROLE_INPUT).eq().lead(layer.dEdw()[j][k], Formulas.ROLE_DEDW).list(),
                    null));
            return;
        }
        if (threeFactors) {
            lines.add(MathLine.equation(new Tokens().v("\u03b4").list(),
                    new Tokens().d("E", "a").times().d("a", "z").eq().lead(layer.dEda()[j], Formulas.ROLE_DEDA)
                            .times().n(layer.daDz()[j], Formulas.ROLE_DADZ).eq().lead(layer.delta()[j], Formulas.ROLE_DELTA).list(),
                    text.getString("math.note.delta")));
        } else if (output) {
            directDelta(in, l, j, lines);
        } else {
            hiddenDelta(in, l, j, unit, lines);
        }
        if (p.weight()) {
            int k = p.from();
            lines.add(MathLine.equation(new Tokens().d("E", "w").list(),
                    new Tokens().v("\u03b4").times().v("x").eq().lead(layer.delta()[j], Formulas.ROLE_DELTA).times()
                            .n(layer.input()[k], Formulas.ROLE_INPUT).eq().lead(layer.dEdw()[j][k], Formulas.ROLE_DEDW).list(),
                    format("math.note.dzdw", names.unit(shape, l, k))));
        } else {
            lines.add(MathLine.equation(new Tokens().d("E", "b").list(),
                    new Tokens().v("\u03b4").eq().lead(layer.dEdb()[j], Formulas.ROLE_DEDB).list(),
                    text.getString("math.note.dEdb")));
        }
    }

    /** Cross-entropy (or softmax): the engine computes δ = dE/dz in one go. */
    private void directDelta(Formulas.Input in, int l, int j, List<MathLine> lines) {
        StepTrace.Layer layer = in.trace().layer(l);
        double[] y = in.trace().y();
        double ySum = 0;
        for (double v : y) {
            ySum += v;
        }
        if (in.loss() == Loss.CROSS_ENTROPY && ySum == 1) {
            lines.add(MathLine.equation(new Tokens().v("\u03b4").list(),
                    new Tokens().d("E", "z").eq().v("a").minus().v("y").eq().lead(layer.a()[j], Formulas.ROLE_A)
                            .minus().n(y[j], Formulas.ROLE_Y).eq().lead(layer.delta()[j], Formulas.ROLE_DELTA).list(),
                    null));
        } else {
            lines.add(MathLine.equation(new Tokens().v("\u03b4").list(),
                    new Tokens().d("E", "z").eq().lead(layer.delta()[j], Formulas.ROLE_DELTA).list(), null));
        }
        lines.add(MathLine.note(text.getString(in.loss() == Loss.CROSS_ENTROPY ? "math.note.direct" : "math.note.softmaxMse")));
    }

    /** δ_j = f′(z_j) · Σ_k w_kj δ_k over the units of the next layer, each term written out. */
    private void hiddenDelta(Formulas.Input in, int l, int j, String unit, List<MathLine> lines) {
        NetworkShape shape = in.shape();
        StepTrace.Layer layer = in.trace().layer(l);
        StepTrace.Layer next = in.trace().layer(l + 1);
        Formulas.ParameterIndexOf index = new Formulas.ParameterIndexOf(shape);
        double[] p = in.parameters();
        lines.add(MathLine.equation(new Tokens().v("\u03b4").list(),
                new Tokens().slope().times().tight("\u03a3").v("w", "k").times().v("\u03b4", "k").list(),
                format("math.note.hiddenDelta", unit, names.layerUnits(shape, l + 2))));
        Tokens terms = new Tokens().lead(layer.daDz()[j], Formulas.ROLE_DADZ).times().tight("(");
        for (int k = 0; k < next.delta().length; k++) {
            if (k > 0) {
                terms.plus();
            }
            double w = p[index.weight(l + 1, k, j)];
            if (k == 0) {
                terms.lead(w, "wNext");
            } else {
                terms.n(w, "wNext");
            }
            terms.times().n(next.delta()[k], "deltaNext");
            if (k < next.delta().length - 1 && k % 2 == 1) { // two terms a line
                lines.add(k == 1 ? MathLine.equation(List.of(), terms.list(), null) : MathLine.continuation(terms.list()));
                terms = new Tokens();
            }
        }
        terms.tight(")");
        lines.add(next.delta().length <= 2 ? MathLine.equation(List.of(), terms.list(), null) : MathLine.continuation(terms.list()));
        lines.add(MathLine.equation(List.of(), new Tokens().lead(layer.daDz()[j], Formulas.ROLE_DADZ).times()
                .n(layer.dEda()[j], Formulas.ROLE_SUM).list(),
                format("math.note.daDz", shape.activations().get(l).id(), Numbers.precise(layer.z()[j]))));
        lines.add(MathLine.equation(List.of(), new Tokens().lead(layer.delta()[j], Formulas.ROLE_DELTA).list(), null));
    }

    private String format(String key, Object... args) {
        return Messages.format(text, key, args);
    }
}

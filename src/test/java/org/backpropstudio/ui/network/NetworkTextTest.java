package org.backpropstudio.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.backpropstudio.ui.fx.Numbers;
import org.backpropstudio.data.Feature;
import org.backpropstudio.engine.StepTrace;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.session.TrainingSession;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.network.DiagramHits.Target;
import org.backpropstudio.ui.studio.StudioModel;
import org.junit.jupiter.api.Test;

/** The diagram's words and the hover card's numbers, on a real snapshot, without the toolkit. */
class NetworkTextTest {
    private final NetworkText en = new NetworkText(Messages.bundle(Locale.ROOT));
    private final AtomicLong clock = new AtomicLong();
    private TrainingSession session;

    private Snapshot snapshot() {
        StudioModel m = new StudioModel((factory, test) -> session = TrainingSession.manual(factory, test, clock::get));
        m.features().setAll(Feature.X1, Feature.X2, Feature.X1_SQUARED);
        m.step();
        m.setWatchedSample(4);
        session.runPendingCommands();
        m.pull();
        return m.getSnapshot();
    }

    @Test
    void namesUnitsInputsAndColumns() {
        Snapshot s = snapshot();
        List<Feature> f = List.of(Feature.X1, Feature.X2, Feature.X1_SQUARED);
        assertEquals("x1\u00b2", en.unit(s.shape(), f, 0, 2));
        assertEquals("h2.1", en.unit(s.shape(), f, 2, 0));
        assertEquals("\u0177", en.unit(s.shape(), f, 3, 0));
        assertEquals("x", en.input(List.of(), 1, 0), "one-input data");
        assertEquals("x3", en.input(List.of(), 3, 2), "features that do not fit the shape yet");
        assertEquals("input", en.columnTitle(s.shape(), 0));
        assertEquals("4 units", en.columnTitle(s.shape(), 1));
        assertEquals("output \u00b7 sigmoid", en.columnTitle(s.shape(), 3));
        assertEquals("2 hidden layers \u00b7 tanh", en.layers(s.shape()));
        assertEquals("1 unit", en.format("net.column.hidden", 1));
        assertEquals("4", en.shortColumnTitle(s.shape(), 1));
        assertEquals("output", en.shortColumnTitle(s.shape(), 3));
        assertEquals("no hidden layer", en.format("net.layers", 0));
    }

    @Test
    void theUnitCardShowsTheWatchedSamplesNumbers() {
        Snapshot s = snapshot();
        StepTrace.Layer h1 = s.trace().layer(0);
        assertEquals(4, s.trace().sample());
        NetworkText.Card card = en.card(s, List.of(), Target.unit(1, 2));
        assertEquals("h1.3: hidden layer 1, unit 3", card.title());
        assertEquals(List.of("z = " + Numbers.format(h1.z()[2]), "a = tanh(z) = " + Numbers.format(h1.a()[2]),
                "\u03b4 = dE/dz = " + Numbers.format(h1.delta()[2]),
                "b = " + Numbers.format(s.parameter(new ParameterIndex(s.shape()).bias(0, 2)))), card.lines());
        assertEquals("Numbers for watched sample 5", card.note());
    }

    @Test
    void theEdgeCardShowsTheWeightAndItsGradientForTheWatchedSample() {
        Snapshot s = snapshot();
        List<Feature> f = List.of(Feature.X1, Feature.X2, Feature.X1_SQUARED);
        NetworkText.Card card = en.card(s, f, Target.edge(2, 1, 3));
        assertEquals("Weight h1.4 \u2192 h2.2", card.title());
        double w = s.parameter(new ParameterIndex(s.shape()).weight(1, 1, 3));
        assertEquals("w = " + Numbers.format(w), card.lines().get(0));
        assertEquals("dE/dw = " + Numbers.format(s.trace().layer(1).dEdw()[1][3]), card.lines().get(1));
        assertTrue(card.note().contains("watched sample"));
        NetworkText.Card bias = en.card(s, f, Target.bias(3, 0));
        assertEquals("Bias of \u0177", bias.title());
        assertEquals("dE/db = " + Numbers.format(s.trace().output().dEdb()[0]), bias.lines().get(1));
        assertEquals("New weight x1\u00b2 \u2192 h1.1", en.editCaption(s.shape(), f, Target.edge(1, 0, 2)));
        assertEquals("x1\u00b2 = " + Numbers.format(s.trace().x()[2]), en.card(s, f, Target.unit(0, 2)).lines().get(0));
    }

    @Test
    void koreanSaysTheSameThings() {
        NetworkText ko = new NetworkText(Messages.bundle(Locale.KOREAN));
        Snapshot s = snapshot();
        assertEquals("은닉층 2개 \u00b7 tanh", ko.layers(s.shape()));
        assertEquals("뉴런 4개", ko.columnTitle(s.shape(), 1));
        assertEquals("관찰 중인 샘플 5의 값", ko.card(s, List.of(), Target.unit(1, 0)).note());
    }
}

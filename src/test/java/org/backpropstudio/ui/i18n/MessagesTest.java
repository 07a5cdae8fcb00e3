package org.backpropstudio.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.backpropstudio.ui.DefaultExperiment;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void koreanHasExactlyTheEnglishKeys() {
        ResourceBundle en = Messages.bundle(Locale.ROOT);
        ResourceBundle ko = Messages.bundle(Locale.KOREAN);
        assertEquals("ko", ko.getLocale().getLanguage(), "the Korean bundle exists");
        Set<String> koOwn = new TreeSet<>(ko.keySet());
        assertEquals(new TreeSet<>(en.keySet()), koOwn);
        assertEquals("은닉층 1 (tanh)", Messages.format(ko, "layer.hidden", 1, "tanh"));
    }

    @Test
    void describesTheDefaultNetwork() {
        ResourceBundle en = Messages.bundle(Locale.ROOT);
        assertEquals("2 inputs \u00b7 hidden: 4 tanh \u00b7 output: 1 sigmoid \u00b7 Xavier weights, seed 42",
                Messages.describe(en, DefaultExperiment.network(), DefaultExperiment.SEED));
        assertEquals("b = -0.25", Messages.format(en, "unit.bias", -0.25));
    }
}

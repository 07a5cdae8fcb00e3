package org.backpropstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class StylesheetsTest {

    @Test
    void koreanAddsItsOwnStylesheetAfterTheMainOne() {
        List<String> ko = StudioApp.stylesheets(Locale.KOREAN);
        assertEquals(2, ko.size());
        assertTrue(ko.get(0).endsWith("/studio.css"), ko.get(0));
        assertTrue(ko.get(1).endsWith("/studio_ko.css"), ko.get(1));
    }

    @Test
    void otherLanguagesUseTheMainStylesheetOnly() {
        assertEquals(1, StudioApp.stylesheets(Locale.ROOT).size());
        assertEquals(1, StudioApp.stylesheets(Locale.ENGLISH).size());
    }
}

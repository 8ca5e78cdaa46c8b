package org.interphase.dsl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The colours a user sees: keywords, numbers, units, strings and comments as the language's lexer finds them. */
class LexicalClassifierTest {

    private final LexicalClassifier classifier = new LexicalClassifier(LanguageServices.injector());

    private List<String> classified(String text) {
        return classifier.classify(text, 0, text.length()).stream()
                .map(region -> region.category() + ":" + text.substring(region.offset(), region.offset() + region.length()))
                .toList();
    }

    @Test
    void colorsKeywordsNumbersAndUnits() {
        assertEquals(List.of("KEYWORD:plating-stripping", "NUMBER:0.1", "UNIT:mA", "UNIT:/", "UNIT:cm2",
                "KEYWORD:half-cycle", "NUMBER:1", "UNIT:h", "KEYWORD:for", "NUMBER:600", "UNIT:h"),
                classified("plating-stripping 0.1 mA/cm2 half-cycle 1 h for 600 h"));
    }

    @Test
    void aUnitEndsAtTheEndOfItsLine() {
        // "Li" on the next line is a material, not a second word of the unit "cm2".
        assertEquals(List.of("KEYWORD:area", "NUMBER:0.503", "UNIT:cm2", "KEYWORD:lithium"),
                classified("area 0.503 cm2\n  lithium Li"));
    }

    @Test
    void colorsStringsAndComments() {
        assertEquals(List.of("KEYWORD:precursor", "STRING:\"Al(CH3)3\"", "COMMENT:// typical"),
                classified("precursor TMA \"Al(CH3)3\" // typical"));
    }

    @Test
    void offsetsAreThoseOfTheWholeText() {
        String text = "xx recipe yy";
        assertEquals(List.of(new LexicalClassifier.Region(3, 6, TokenCategory.KEYWORD)), classifier.classify(text, 3, 6));
    }
}

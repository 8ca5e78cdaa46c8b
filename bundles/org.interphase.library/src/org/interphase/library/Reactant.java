package org.interphase.library;

import java.util.Optional;

/** The two half-reactions of an ALD/MLD cycle, written {@code reactant=precursor|coreactant} in files. */
public enum Reactant {
    PRECURSOR("precursor"),
    COREACTANT("coreactant");

    private final String word;

    Reactant(String word) {
        this.word = word;
    }

    /** The word used in library files. */
    public String word() {
        return word;
    }

    /** The reactant written as {@code word}, if there is one. */
    public static Optional<Reactant> fromWord(String word) {
        return Keywords.find(values(), Reactant::word, word);
    }
}

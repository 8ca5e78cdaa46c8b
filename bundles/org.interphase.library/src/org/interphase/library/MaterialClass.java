package org.interphase.library;

import java.util.Optional;

/** The family a material belongs to, written in library files as {@code class=<word>}. */
public enum MaterialClass {
    NASICON("NASICON"),
    GARNET("garnet"),
    PEROVSKITE("perovskite"),
    LIPON("LiPON"),
    SULFIDE("sulfide"),
    HALIDE("halide"),
    ANTIPEROVSKITE("antiperovskite"),
    TERNARY_OXIDE("ternary-oxide"),
    BINARY_OXIDE("binary-oxide"),
    NITRIDE("nitride"),
    HYBRID("hybrid"),
    POLYMER("polymer"),
    COMPOSITE("composite"),
    CATHODE("cathode"),
    ANODE("anode"),
    CURRENT_COLLECTOR("current-collector"),
    METAL("metal");

    private final String word;

    MaterialClass(String word) {
        this.word = word;
    }

    /** The word used in library files, e.g. "ternary-oxide". */
    public String word() {
        return word;
    }

    /** The class written as {@code word} (exact spelling), if there is one. */
    public static Optional<MaterialClass> fromWord(String word) {
        return Keywords.find(values(), MaterialClass::word, word);
    }

    /** All words, for "expected one of ..." messages. */
    static String words() {
        return Keywords.list(values(), MaterialClass::word);
    }
}

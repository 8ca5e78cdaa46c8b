package org.interphase.library;

import java.util.Optional;

/**
 * How layer-by-layer films thicken with the number of bilayers n: linearly, t(n) = t0 + n·d, or
 * exponentially, t(n) = t0 + A·(exp(k·n) − 1), as when chains diffuse into the film.
 */
public enum LbLRegime {
    LINEAR("linear"),
    EXPONENTIAL("exponential");

    private final String word;

    LbLRegime(String word) {
        this.word = word;
    }

    /** The word used in library files. */
    public String word() {
        return word;
    }

    /** The regime written as {@code word}, if there is one. */
    public static Optional<LbLRegime> fromWord(String word) {
        return Keywords.find(values(), LbLRegime::word, word);
    }
}

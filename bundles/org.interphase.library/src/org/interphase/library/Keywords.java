package org.interphase.library;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lookup every vocabulary enum of the file format needs: the constant a library file names by
 * its keyword (exact spelling), and the list of keywords for "use one of: ..." messages.
 */
final class Keywords {

    private Keywords() {
    }

    /**
     * @param constants all constants of the vocabulary, e.g. {@code MaterialClass.values()}
     * @param keyword   the word library files use for a constant
     * @param written   the word as written in the file
     * @return the constant written as {@code written}, if there is one
     */
    static <T> Optional<T> find(T[] constants, Function<T, String> keyword, String written) {
        return Arrays.stream(constants).filter(c -> keyword.apply(c).equals(written)).findFirst();
    }

    /** @return all keywords, comma-separated in declaration order, e.g. "linear, exponential" */
    static <T> String list(T[] constants, Function<T, String> keyword) {
        return Arrays.stream(constants).map(keyword).collect(Collectors.joining(", "));
    }
}

package org.interphase.sim.technique;

import java.util.List;
import java.util.Optional;

import org.interphase.core.extensions.Contributions;

/**
 * The deposition techniques that plug-ins contribute ({@link DepositionTechnique}), by id. Interphase itself
 * compiles ALD, MLD, LbL, sputtering and anneals from the grammar; these are the techniques written as
 * {@code step <id> { ... }}.
 */
public final class Techniques {

    /** Lazy holder: the contributions are looked up once, on first use. */
    private static final class Installed {
        static final Techniques INSTANCE = new Techniques(Contributions.all(DepositionTechnique.class,
                DepositionTechnique.EXTENSION_POINT));
    }

    private final List<DepositionTechnique> techniques;

    /** Techniques from an explicit list, for tests and tools that choose their own. */
    public Techniques(List<? extends DepositionTechnique> techniques) {
        this.techniques = List.copyOf(techniques);
    }

    /** The techniques installed: contributed through the extension registry or, headless, ServiceLoader. */
    public static Techniques installed() {
        return Installed.INSTANCE;
    }

    /** All techniques, in the order they were found. */
    public List<DepositionTechnique> all() {
        return techniques;
    }

    /** The technique written as {@code step <id>}. */
    public Optional<DepositionTechnique> find(String id) {
        return techniques.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * The installed id that {@code written} most likely misspells: the same letters ignoring case, possibly in another
     * order ("PLD", "pdl" for "pld").
     */
    public Optional<String> likelyMeant(String written) {
        String letters = sortedLetters(written);
        return ids().stream().filter(id -> !id.equals(written) && sortedLetters(id).equals(letters)).findFirst();
    }

    private static String sortedLetters(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).chars().sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** The ids, for messages such as "installed techniques: pld, spin". */
    public List<String> ids() {
        return techniques.stream().map(DepositionTechnique::id).toList();
    }
}

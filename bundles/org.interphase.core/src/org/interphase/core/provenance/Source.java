package org.interphase.core.provenance;

import java.util.Objects;

/**
 * Where a number comes from: a bracketed citation key as used in the domain reference
 * ("[000]" for a source paper, "[derived]" for arithmetic on published numbers, "[external]" for
 * general knowledge to be checked), a human-readable citation, and a locator inside the source
 * (table, figure or section; empty when the source gives none).
 */
public record Source(String key, String citation, String locator) {

    public Source {
        Objects.requireNonNull(key, "source key");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(locator, "locator (use \"\" when the source gives none)");
        // Bracketed keys keep citations uniform across the library and recognisable in messages.
        if (key.length() < 3 || key.charAt(0) != '[' || key.charAt(key.length() - 1) != ']'
                || key.substring(1, key.length() - 1).isBlank()) {
            throw new IllegalArgumentException(
                    "source key must be a bracketed tag like [000] or [external], got '" + key + "'");
        }
        if (citation.isBlank()) {
            throw new IllegalArgumentException("source " + key + " needs a citation, e.g. authors, journal, year");
        }
    }

    /** Same as the constructor; a null locator means the source gives no table, figure or section. */
    public static Source of(String key, String citation, String locator) {
        return new Source(key, citation, locator == null ? "" : locator);
    }

    /** E.g. "[003] Tan et al., Nanomaterials 2021, 11, 989, Table 1". */
    @Override
    public String toString() {
        return key + " " + citation + (locator.isEmpty() ? "" : ", " + locator);
    }
}

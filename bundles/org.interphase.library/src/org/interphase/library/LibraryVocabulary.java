package org.interphase.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.interphase.core.units.Dimension;

/**
 * What the library's entries may say, for the language's editor and validation: the kinds of entry, the properties
 * each kind takes and the dimensions of their values. It is the vocabulary the library checks entries against, so
 * the editor completes and validates exactly what the library will accept.
 */
public final class LibraryVocabulary {

    private LibraryVocabulary() {
    }

    /** The keywords of the process kinds, e.g. ald, supercycle, sputter. */
    public static List<String> processKinds() {
        return Arrays.stream(EntryKind.values()).filter(LibraryVocabulary::isProcess).map(EntryKind::keyword)
                .toList();
    }

    /** The property names of an entry kind ("material", "ald", "interface" ...), attributes included. */
    public static List<String> properties(String kind) {
        return EntryKind.fromKeyword(kind).map(k -> {
            List<String> names = new ArrayList<>(k.attributes().keySet());
            names.addAll(List.of(k.slotNames().split(", ")));
            return List.copyOf(names);
        }).orElse(List.of());
    }

    /** Whether {@code property} is what identifies an entry of {@code kind} (a process's material), a word. */
    public static boolean isAttribute(String kind, String property) {
        return EntryKind.fromKeyword(kind).map(k -> k.attributes().containsKey(property)).orElse(false);
    }

    /**
     * The dimensions a quantity-valued property of {@code kind} accepts; empty for an unknown name, an attribute or a
     * property whose value is a word or a flag.
     */
    public static Optional<Set<Dimension>> dimensions(String kind, String property) {
        return EntryKind.fromKeyword(kind).flatMap(k -> k.slot(property))
                .filter(slot -> !slot.dimensions().isEmpty()).map(Slot::dimensions);
    }

    private static boolean isProcess(EntryKind kind) {
        return switch (kind) {
            case ALD, MLD, SUPERCYCLE, LBL, SPUTTER, ANNEAL, PELLET -> true;
            default -> false;
        };
    }
}

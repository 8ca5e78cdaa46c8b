package org.interphase.library;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Defensive copies for the library's immutable records. */
final class Copies {

    private Copies() {
    }

    /** An unmodifiable copy that keeps the file order, which is the order people wrote and expect to see. */
    static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}

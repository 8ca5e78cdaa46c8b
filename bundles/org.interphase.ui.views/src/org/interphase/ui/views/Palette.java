package org.interphase.ui.views;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.RGB;

/**
 * Stable colours: the same material or series label gets the same colour in every view and in the legend, and
 * different names get different colours while the palette has a free one.
 */
public final class Palette {

    /** The palette slot each name got, shared by all views so a material keeps its colour everywhere. */
    private static final Map<String, Integer> SLOTS = new HashMap<>();

    /** Slots of the palette; their colours are the user's (Window > Preferences > Interphase > Chart Colours). */
    private static final int SIZE = ChartPreferences.DEFAULT_PALETTE.length;

    private Palette() {
    }

    /**
     * The colour of a name. Its FNV-1a hash (the same in every JVM and release) picks the preferred slot; when
     * another name already holds that slot, the next free slot is taken, so two materials shown together (Al2O3
     * and LLZO hash to one slot) never share a colour. Once all slots are held, names share by hash.
     */
    public static synchronized RGB of(String name) {
        Integer slot = SLOTS.get(name);
        if (slot == null) {
            int preferred = Math.floorMod(hash(name), SIZE);
            slot = preferred;
            for (int i = 0; i < SIZE; i++) {
                int candidate = (preferred + i) % SIZE;
                if (!SLOTS.containsValue(candidate)) {
                    slot = candidate;
                    break;
                }
            }
            SLOTS.put(name, slot);
        }
        return ChartPreferences.palette()[slot];
    }

    /** Frees every slot, as in a fresh workbench; for tests that show many runs in one JVM. */
    static synchronized void forget() {
        SLOTS.clear();
    }

    private static int hash(String name) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < name.length(); i++) {
            hash ^= name.charAt(i);
            hash *= 0x01000193;
        }
        return hash;
    }

    /** The i-th colour of the palette, for series that must differ from each other. */
    public static RGB indexed(int i) {
        return ChartPreferences.palette()[Math.floorMod(i, SIZE)];
    }
}

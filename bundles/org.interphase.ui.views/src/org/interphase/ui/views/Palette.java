package org.interphase.ui.views;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.RGB;

/**
 * Stable colours: the same material or series label gets the same colour in every view and in the legend, and
 * different names get different colours while the palette has a free one.
 */
public final class Palette {

    /** Colour-blind-friendly qualitative colours (Okabe-Ito, then Tableau). */
    private static final RGB[] COLOURS = {
        new RGB(0, 114, 178), new RGB(230, 159, 0), new RGB(0, 158, 115), new RGB(204, 121, 167),
        new RGB(86, 180, 233), new RGB(213, 94, 0), new RGB(240, 228, 66), new RGB(148, 103, 189),
        new RGB(140, 86, 75), new RGB(127, 127, 127), new RGB(188, 189, 34), new RGB(23, 190, 207),
    };

    /** The palette slot each name got, shared by all views so a material keeps its colour everywhere. */
    private static final Map<String, Integer> SLOTS = new HashMap<>();

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
            int preferred = Math.floorMod(hash(name), COLOURS.length);
            slot = preferred;
            for (int i = 0; i < COLOURS.length; i++) {
                int candidate = (preferred + i) % COLOURS.length;
                if (!SLOTS.containsValue(candidate)) {
                    slot = candidate;
                    break;
                }
            }
            SLOTS.put(name, slot);
        }
        return COLOURS[slot];
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
        return COLOURS[Math.floorMod(i, COLOURS.length)];
    }
}

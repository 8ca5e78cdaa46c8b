package org.interphase.ui.views;

import org.eclipse.swt.graphics.RGB;

/** Stable colours: the same material or series label gets the same colour in every view and session. */
public final class Palette {

    /** Colour-blind-friendly qualitative colours (Okabe-Ito, then Tableau). */
    private static final RGB[] COLOURS = {
        new RGB(0, 114, 178), new RGB(230, 159, 0), new RGB(0, 158, 115), new RGB(204, 121, 167),
        new RGB(86, 180, 233), new RGB(213, 94, 0), new RGB(240, 228, 66), new RGB(148, 103, 189),
        new RGB(140, 86, 75), new RGB(127, 127, 127), new RGB(188, 189, 34), new RGB(23, 190, 207),
    };

    private Palette() {
    }

    /** The colour of a name: its FNV-1a hash, the same in every JVM and release, picks a palette entry. */
    public static RGB of(String name) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < name.length(); i++) {
            hash ^= name.charAt(i);
            hash *= 0x01000193;
        }
        return COLOURS[Math.floorMod(hash, COLOURS.length)];
    }

    /** The i-th colour of the palette, for series that must differ from each other. */
    public static RGB indexed(int i) {
        return COLOURS[Math.floorMod(i, COLOURS.length)];
    }
}

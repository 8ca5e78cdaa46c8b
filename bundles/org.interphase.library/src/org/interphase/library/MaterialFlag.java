package org.interphase.library;

import java.util.Optional;

/** The yes/no facts about a material that a library file may state, each with its own source. */
public enum MaterialFlag {
    /** Chemically reduced on contact with Li metal (e.g. Ti4+ in LATP), forming an interphase. */
    REDUCED_BY_LI("reducedByLi"),
    /** Forms an alloy with Li (e.g. ZnO to LiZn, Ge). */
    ALLOYS_WITH_LI("alloysWithLi"),
    /** Converts in cycling into a Li-conducting phase (e.g. Al2O3 to Li-Al-O, SiO2 to Li silicate). */
    LITHIATES("lithiates"),
    ELECTRONICALLY_INSULATING("electronicallyInsulating"),
    /** An electrode that passes no Li+ (Ag, stainless steel), as used for blocking-electrode EIS. */
    BLOCKING_ELECTRODE("blockingElectrode");

    private final String key;

    MaterialFlag(String key) {
        this.key = key;
    }

    /** The name used in library files and in {@link Material#flag(String)}, e.g. "reducedByLi". */
    public String key() {
        return key;
    }

    /** The flag named {@code key} in library files, if there is one. */
    public static Optional<MaterialFlag> fromKey(String key) {
        return Keywords.find(values(), MaterialFlag::key, key);
    }
}

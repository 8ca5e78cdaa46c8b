package org.interphase.library;

import org.interphase.core.units.Dimension;

/**
 * What the library format needs to know of a numeric property of any entry kind (material, interface, cell):
 * its key, the dimension its value must have, whether it may carry a measuring temperature and whether zero is
 * physical. One description lets {@link EntryKind} build the slots of every kind the same way.
 */
interface NumericProperty {

    /** The name used in library files, e.g. "ionicConductivity". */
    String key();

    Dimension dimension();

    /** Whether the value may carry its measuring temperature ({@code at 25 °C}). */
    default boolean measuredAtTemperature() {
        return false;
    }

    /** Whether zero is a physical value (e.g. a potential of 0 V vs Li/Li+); otherwise values must be positive. */
    default boolean zeroAllowed() {
        return false;
    }
}

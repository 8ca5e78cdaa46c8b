package org.interphase.io;

import org.interphase.core.units.Unit;

/**
 * A column of a file bound to a {@link Channel}: where it is in a row, how the file names it (for messages), its unit
 * and the sign that turns the file's convention into Interphase's.
 *
 * @param channel what it holds
 * @param index   0-based cell in a row
 * @param label   the column's heading, e.g. "-Im(Z)/Ohm"
 * @param unit    the unit of its values
 * @param sign    +1, or -1 where the file counts the other way (−Im Z, current positive on discharge)
 */
record BoundColumn(Channel channel, int index, String label, Unit unit, int sign) {

    /** The value of a cell in SI units and Interphase's sign convention. */
    double toSi(double value) {
        return sign * unit.toSi(value);
    }
}

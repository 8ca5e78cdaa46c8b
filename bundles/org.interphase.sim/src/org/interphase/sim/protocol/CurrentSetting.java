package org.interphase.sim.protocol;

import org.interphase.core.units.CRate;

/**
 * A current as a protocol states it: a C-rate, an absolute current or a current density. It is
 * resolved to amperes only when the cell is known ({@link #amperes(CellBasis)}), so one protocol
 * runs on cells of any size.
 */
public sealed interface CurrentSetting {

    /** The magnitude in amperes for this cell (always positive). */
    double amperes(CellBasis cell);

    /** As written in a protocol sentence, e.g. "C/10", "1 mA" or "0.5 mA/cm2". */
    String text();

    /** A current of {@code rate} × nominal capacity. */
    record OfCRate(CRate rate, String text) implements CurrentSetting {
        @Override
        public double amperes(CellBasis cell) {
            return rate.currentA(cell.nominalCapacityAh());
        }
    }

    /** A fixed current, A (positive). */
    record Absolute(double amperes, String text) implements CurrentSetting {
        @Override
        public double amperes(CellBasis cell) {
            return amperes;
        }
    }

    /** A current density, A/m² (positive), times the electrode area. */
    record Density(double amperesPerSquareMetre, String text) implements CurrentSetting {
        @Override
        public double amperes(CellBasis cell) {
            return amperesPerSquareMetre * cell.areaM2();
        }
    }
}

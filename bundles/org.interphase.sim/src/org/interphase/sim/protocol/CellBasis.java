package org.interphase.sim.protocol;

import org.interphase.sim.SimulationException;

/**
 * The two cell quantities that relative currents refer to: the nominal capacity that defines a
 * C-rate (I = rate × Q_nominal, facts.md §d16 eq. 9) and the electrode area that turns a current
 * density into a current.
 *
 * @param nominalCapacityAh nominal capacity, A h (positive, finite)
 * @param areaM2            electrode area, m² (positive, finite)
 */
public record CellBasis(double nominalCapacityAh, double areaM2) {

    public CellBasis {
        if (!(nominalCapacityAh > 0) || !Double.isFinite(nominalCapacityAh)) {
            throw new SimulationException("the nominal capacity that C-rates refer to must be positive and finite, got "
                    + nominalCapacityAh + " Ah; check the cathode loading and specific capacity");
        }
        if (!(areaM2 > 0) || !Double.isFinite(areaM2)) {
            throw new SimulationException("the electrode area that current densities refer to must be positive and "
                    + "finite, got " + areaM2 + " m2; give the cell's area");
        }
    }
}

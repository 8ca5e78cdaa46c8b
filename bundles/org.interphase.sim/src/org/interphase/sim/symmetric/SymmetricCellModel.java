package org.interphase.sim.symmetric;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Dimension;
import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;

/**
 * The physics parameters of the symmetric-cell engine that belong to no single layer: failure
 * criteria, the contact (void) model and the dendrite criterion. Each carries its
 * unit and source; the binding layer builds it from the stack's materials and interfaces.
 *
 * @param cutoffVoltage                   |V| at which the cell counts as failed (overpotential divergence)
 * @param criticalCurrentDensity          local plating current density above which Li penetrates the
 *                                        electrolyte and shorts the cell (CCD); empty when none is known for the
 *                                        stack, and then no dendrite short is simulated
 * @param criticalStrippingCurrentDensity stripping current density that Li creep and diffusion can refill at
 *                                        {@code referencePressure}; above it voids open
 * @param referencePressure               stack pressure at which {@code criticalStrippingCurrentDensity} holds
 * @param voidRoughness                   h_r: the void depth at which half the contact area is lost
 * @param lithiumVolumePerCharge          volume of Li plated or stripped per coulomb
 * @param onsetThickness                  m; reporting convention: an interphase "sets in" (event) at this
 *                                        thickness
 * @param contactLossFraction             reporting convention: contact loss is reported when the contact
 *                                        area fraction of an electrode first falls below this (0 to 1)
 */
public record SymmetricCellModel(SourcedQuantity cutoffVoltage, Optional<SourcedQuantity> criticalCurrentDensity,
        SourcedQuantity criticalStrippingCurrentDensity, SourcedQuantity referencePressure,
        SourcedQuantity voidRoughness, SourcedQuantity lithiumVolumePerCharge, double onsetThickness, double contactLossFraction) {

    private static final Dimension VOLUME_PER_CHARGE = Dimension.VOLUME.over(Dimension.CHARGE);

    public SymmetricCellModel {
        require(cutoffVoltage, Dimension.VOLTAGE, "cut-off voltage", "V");
        Objects.requireNonNull(criticalCurrentDensity, "critical current density (Optional.empty() when unknown)");
        criticalCurrentDensity.ifPresent(ccd -> require(ccd, Dimension.CURRENT_DENSITY, "critical current density",
                "mA/cm2"));
        require(criticalStrippingCurrentDensity, Dimension.CURRENT_DENSITY, "critical stripping current density",
                "mA/cm2");
        require(referencePressure, Dimension.PRESSURE, "reference pressure", "MPa");
        require(voidRoughness, Dimension.LENGTH, "void roughness", "µm");
        require(lithiumVolumePerCharge, VOLUME_PER_CHARGE, "Li volume per charge", "m3/C");
        InputChecks.positive(onsetThickness, "interphase onset thickness", "m");
        if (!(contactLossFraction > 0 && contactLossFraction < 1)) {
            throw new SimulationException("contact-loss reporting fraction must lie strictly between 0 and 1, got "
                    + contactLossFraction);
        }
    }

    /** All sourced parameters, for reports. */
    public List<SourcedQuantity> parameters() {
        List<SourcedQuantity> all = new ArrayList<>(List.of(cutoffVoltage, criticalStrippingCurrentDensity,
                referencePressure, voidRoughness, lithiumVolumePerCharge));
        criticalCurrentDensity.ifPresent(ccd -> all.add(1, ccd));
        return List.copyOf(all);
    }

    /** The same model with another critical current density, e.g. one measured for the user's electrolyte. */
    public SymmetricCellModel withCriticalCurrentDensity(SourcedQuantity ccd) {
        return new SymmetricCellModel(cutoffVoltage, Optional.of(ccd), criticalStrippingCurrentDensity, referencePressure,
                voidRoughness, lithiumVolumePerCharge, onsetThickness, contactLossFraction);
    }

    private static void require(SourcedQuantity quantity, Dimension dimension, String what, String example) {
        Objects.requireNonNull(quantity, what);
        if (!quantity.value().dimension().equals(dimension)) {
            throw new SimulationException(what + " must be given in units like " + example + ", got '"
                    + quantity.value().text() + "'");
        }
        if (!(quantity.value().si() > 0)) {
            throw new SimulationException(what + " must be positive, got " + quantity.value().text());
        }
    }
}

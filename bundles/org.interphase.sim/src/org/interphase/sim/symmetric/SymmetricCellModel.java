package org.interphase.sim.symmetric;

import java.util.List;
import java.util.Objects;

import org.interphase.core.provenance.Source;
import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Dimension;
import org.interphase.core.units.Quantity;
import org.interphase.library.Material;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialProperty;
import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;

/**
 * The physics parameters of the symmetric-cell engine that belong to no single layer: failure
 * criteria, the contact (void) model, the dendrite criterion and the coating shield. Each carries its
 * unit and source; {@link #defaults(MaterialLibrary)} gives the values documented below, and a user
 * replaces any of them with a measured one by building the record with other values.
 *
 * @param cutoffVoltage                   |V| at which the cell counts as failed (overpotential divergence)
 * @param criticalCurrentDensity          local plating current density above which Li penetrates the
 *                                        electrolyte and shorts the cell (CCD)
 * @param criticalStrippingCurrentDensity stripping current density that Li creep and diffusion can refill at
 *                                        {@code referencePressure}; above it voids open
 * @param referencePressure               stack pressure at which {@code criticalStrippingCurrentDensity} holds
 * @param voidRoughness                   h_r: the void depth at which half the contact area is lost
 * @param lithiumVolumePerCharge          volume of Li plated or stripped per coulomb
 * @param tunnellingLength                λ of the coating shield ({@link CoatingShield})
 * @param onsetThickness                  m; reporting convention: an interphase "sets in" (event) at this
 *                                        thickness
 * @param contactLossFraction             reporting convention: contact loss is reported when the contact
 *                                        area fraction of an electrode first falls below this (0 to 1)
 */
public record SymmetricCellModel(SourcedQuantity cutoffVoltage, SourcedQuantity criticalCurrentDensity,
        SourcedQuantity criticalStrippingCurrentDensity, SourcedQuantity referencePressure,
        SourcedQuantity voidRoughness, SourcedQuantity lithiumVolumePerCharge, SourcedQuantity tunnellingLength,
        double onsetThickness, double contactLossFraction) {

    private static final Dimension VOLUME_PER_CHARGE = Dimension.VOLUME.over(Dimension.CHARGE);

    public SymmetricCellModel {
        require(cutoffVoltage, Dimension.VOLTAGE, "cut-off voltage", "V");
        require(criticalCurrentDensity, Dimension.CURRENT_DENSITY, "critical current density", "mA/cm2");
        require(criticalStrippingCurrentDensity, Dimension.CURRENT_DENSITY, "critical stripping current density",
                "mA/cm2");
        require(referencePressure, Dimension.PRESSURE, "reference pressure", "MPa");
        require(voidRoughness, Dimension.LENGTH, "void roughness", "µm");
        require(lithiumVolumePerCharge, VOLUME_PER_CHARGE, "Li volume per charge", "m3/C");
        require(tunnellingLength, Dimension.LENGTH, "tunnelling length", "nm");
        InputChecks.positive(onsetThickness, "interphase onset thickness", "m");
        if (!(contactLossFraction > 0 && contactLossFraction < 1)) {
            throw new SimulationException("contact-loss reporting fraction must lie strictly between 0 and 1, got "
                    + contactLossFraction);
        }
    }

    /**
     * The documented defaults, with citations taken from the library's source declarations:
     * <ul>
     * <li>cut-off 2.0 V: [004] reports Li|LAGP lifetimes as the time to reach a 2.0 V overpotential
     * (facts.md §c5 R-063); sources read lifetime as overpotential divergence, short or abrupt drop (§d15);</li>
     * <li>CCD 0.28 mA/cm²: [external] the highest CCD of LLZO at room temperature without stack pressure
     * (Flatscher et al. 2020); the five sources give no CCD (§c6), so set your electrolyte's own;</li>
     * <li>critical stripping current 0.2 mA/cm² at 3 MPa: [external] Kasemchainan et al. 2019 (the study
     * [004] cites for void formation on stripping, §d4), scaled in proportion to the stack pressure;</li>
     * <li>void roughness 1 µm: the gap uncoated garnet leaves against Li, 1–3 µm, lower end ([004], §a2);</li>
     * <li>Li volume per charge from the library's Li (3860 mAh/g, 0.53 g/cm³: 4.89 µm per mAh/cm², §d16);</li>
     * <li>tunnelling length 0.1 nm: [external] a 1 eV rectangular barrier ({@link CoatingShield}).</li>
     * </ul>
     * Reporting conventions: onset at 1 nm of interphase (about one NASICON unit cell, the thinnest
     * continuous layer); contact loss when an electrode keeps less than 90 % of its area (its
     * charge-transfer resistance is then more than 11 % up).
     *
     * @param library the library whose Li properties and citations to use, e.g. {@code MaterialLibrary.builtIn()}
     * @throws SimulationException if the library lacks Li, its density or capacity, or a cited source
     */
    public static SymmetricCellModel defaults(MaterialLibrary library) {
        Material li = library.material("Li").orElseThrow(() -> new SimulationException(
                "the library has no material 'Li', whose density and capacity give the volume of Li per charge"));
        SourcedQuantity capacity = li.require(MaterialProperty.THEORETICAL_CAPACITY);
        SourcedQuantity density = li.require(MaterialProperty.DENSITY);
        double volumePerCharge = 1 / (capacity.value().si() * density.value().si());
        return new SymmetricCellModel(
                sourced(library, "cut-off voltage", 2.0, "V", "[004]", "Table 2, facts §c5 R-063",
                        "lifetime read as the time to a 2.0 V overpotential"),
                sourced(library, "critical current density", 0.28, "mA/cm2", "[external:Flatscher2020]", "abstract",
                        "LLZO single crystals at room temperature without stack pressure; no source paper gives a CCD"
                                + " (facts §c6)"),
                sourced(library, "critical stripping current density", 0.2, "mA/cm2", "[external:Kasemchainan2019]",
                        "Li|Li6PS5Cl|Li at 3 MPa", "void formation on stripping, facts §d4"),
                sourced(library, "reference pressure", 3, "MPa", "[external:Kasemchainan2019]", "stack pressure", ""),
                sourced(library, "void roughness", 1, "µm", "[004]", "facts §a2 (Rajendran et al.)",
                        "1-3 µm gap of uncoated LLZT against Li, lower end"),
                new SourcedQuantity("Li volume per charge", Quantity.of(volumePerCharge, "m3/C"),
                        Source.of("[004]", capacity.source().citation(), "facts §a8, §d16 item 8 [derived]"),
                        "1/(capacity x density) of Li: 4.89 µm per mAh/cm2"),
                sourced(library, "tunnelling length", 0.1, "nm", "[external:tunnelling]", "1 eV barrier", ""),
                1e-9, 0.9);
    }

    /** All sourced parameters, for reports. */
    public List<SourcedQuantity> parameters() {
        return List.of(cutoffVoltage, criticalCurrentDensity, criticalStrippingCurrentDensity, referencePressure,
                voidRoughness, lithiumVolumePerCharge, tunnellingLength);
    }

    /** The same model with another critical current density, e.g. one measured for the user's electrolyte. */
    public SymmetricCellModel withCriticalCurrentDensity(SourcedQuantity ccd) {
        return new SymmetricCellModel(cutoffVoltage, ccd, criticalStrippingCurrentDensity, referencePressure,
                voidRoughness, lithiumVolumePerCharge, tunnellingLength, onsetThickness, contactLossFraction);
    }

    private static SourcedQuantity sourced(MaterialLibrary library, String name, double value, String unit,
            String key, String locator, String note) {
        String citation = library.citations().get(key);
        if (citation == null) {
            throw new SimulationException("the library declares no source " + key + ", which the default " + name
                    + " cites; load the built-in sources.lib or declare it");
        }
        return new SourcedQuantity(name, Quantity.of(value, unit), Source.of(key, citation, locator), note);
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

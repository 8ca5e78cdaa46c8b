package org.interphase.library;

import java.util.Optional;

import org.interphase.core.units.Dimension;

/**
 * The numeric material properties a library file may state. Fixing the vocabulary lets the loader
 * catch misspelt names and values of the wrong kind (a conductivity written in nm) at the line
 * where they are written, instead of letting a model find a property missing later.
 */
public enum MaterialProperty implements NumericProperty {
    IONIC_CONDUCTIVITY("ionicConductivity", Dimension.CONDUCTIVITY, true),
    /** Conductivity computed from a whole cell's resistance, interfaces included (as some papers report). */
    APPARENT_IONIC_CONDUCTIVITY("apparentIonicConductivity", Dimension.CONDUCTIVITY, true),
    ELECTRONIC_CONDUCTIVITY("electronicConductivity", Dimension.CONDUCTIVITY, true),
    ACTIVATION_ENERGY("activationEnergy", Dimension.ENERGY, false),
    RELATIVE_PERMITTIVITY("relativePermittivity", Dimension.NONE, false),
    DENSITY("density", Dimension.DENSITY, false),
    MOLAR_MASS("molarMass", Dimension.MOLAR_MASS, false),
    /** Lower end of the electrochemical stability window, vs Li/Li+. */
    REDUCTION_LIMIT("reductionLimit", Dimension.VOLTAGE, false),
    /** Upper end of the electrochemical stability window, vs Li/Li+. */
    OXIDATION_LIMIT("oxidationLimit", Dimension.VOLTAGE, false),
    /** i₀ of the material's oxidation at {@link #OXIDATION_LIMIT}: how fast it decomposes once past its window. */
    OXIDATION_EXCHANGE_CURRENT_DENSITY("oxidationExchangeCurrentDensity", Dimension.CURRENT_DENSITY, false),
    SPECIFIC_CAPACITY("specificCapacity", Dimension.SPECIFIC_CAPACITY, false),
    THEORETICAL_CAPACITY("theoreticalCapacity", Dimension.SPECIFIC_CAPACITY, false),
    VOLUME_CHANGE("volumeChange", Dimension.NONE, false),
    MELTING_POINT("meltingPoint", Dimension.TEMPERATURE, false),
    TRANSFERENCE_NUMBER("transferenceNumber", Dimension.NONE, false),
    GRAIN_SIZE("grainSize", Dimension.LENGTH, false),
    SHEAR_MODULUS("shearModulus", Dimension.PRESSURE, false),
    /**
     * Specific grain-boundary conductivity of a polycrystalline ceramic, as impedance papers report it:
     * pellet thickness / (grain-boundary resistance × area). The grain interior is {@link #IONIC_CONDUCTIVITY}.
     */
    GRAIN_BOUNDARY_CONDUCTIVITY("grainBoundaryConductivity", Dimension.CONDUCTIVITY, true),
    GRAIN_BOUNDARY_ACTIVATION_ENERGY("grainBoundaryActivationEnergy", Dimension.ENERGY, false),
    /** Electrical thickness of one grain boundary; with the grain size it sets the grain-boundary capacitance. */
    GRAIN_BOUNDARY_WIDTH("grainBoundaryWidth", Dimension.LENGTH, false),
    /** Chemical diffusion coefficient of Li in an insertion (electrode) material. */
    LITHIUM_DIFFUSIVITY("lithiumDiffusivity", Dimension.DIFFUSIVITY, true),
    /** Activation energy of {@link #LITHIUM_DIFFUSIVITY}, which carries it to the cell temperature. */
    LITHIUM_DIFFUSIVITY_ACTIVATION_ENERGY("lithiumDiffusivityActivationEnergy", Dimension.ENERGY, false),
    /** Active-material mass per electrode area of a composite electrode (e.g. a painted LFP slurry). */
    LOADING("loading", Dimension.MASS.over(Dimension.AREA), false),
    /** Radius of the active particles of a composite electrode: the length Li diffuses over. */
    PARTICLE_RADIUS("particleRadius", Dimension.LENGTH, false),
    /** Share of a composite electrode's active material that both Li+ and electrons reach (0 to 1). */
    UTILIZATION("utilization", Dimension.NONE, false),
    /**
     * λ of an electronically insulating layer: electrons cross a thickness t of it by tunnelling, with a
     * transmission exp(−t/λ).
     */
    TUNNELLING_LENGTH("tunnellingLength", Dimension.LENGTH, false),
    /**
     * Stripping current density that Li creep and diffusion refill at {@link #STRIPPING_REFERENCE_PRESSURE}; above it
     * voids open at the Li contact. Stated for Li metal, or for a contact in its interface entry.
     */
    CRITICAL_STRIPPING_CURRENT_DENSITY("criticalStrippingCurrentDensity", Dimension.CURRENT_DENSITY, false),
    /** Stack pressure at which {@link #CRITICAL_STRIPPING_CURRENT_DENSITY} holds; it scales with the pressure. */
    STRIPPING_REFERENCE_PRESSURE("strippingReferencePressure", Dimension.PRESSURE, false),
    /** Void depth at which a Li contact has lost half its area: the roughness of the gap left on stripping. */
    VOID_ROUGHNESS("voidRoughness", Dimension.LENGTH, false),
    /**
     * η_c of a solid electrolyte: the plating overpotential at which Li pressed into the flaws of its surface opens them
     * and grows through it (facts.md §d4, current focusing). With the kinetics of the Li contact it sets the critical
     * current density.
     */
    PENETRATION_OVERPOTENTIAL("penetrationOverpotential", Dimension.VOLTAGE, false),
    /**
     * Ionic conductivity of the phase a coating that {@code lithiates} or {@code alloysWithLi} turns into against Li
     * (Li-Al-O from ALD Al2O3); {@link #IONIC_CONDUCTIVITY} is the coating's as assembled.
     */
    LITHIATED_IONIC_CONDUCTIVITY("lithiatedIonicConductivity", Dimension.CONDUCTIVITY, true),
    /** k of the lithiation front that grows into such a coating from the Li it touches, s² = 2kt. */
    LITHIATION_RATE_CONSTANT("lithiationRateConstant", Dimension.DIFFUSIVITY, false);

    private final String key;
    private final Dimension dimension;
    private final boolean measuredAtTemperature;

    MaterialProperty(String key, Dimension dimension, boolean measuredAtTemperature) {
        this.key = key;
        this.dimension = dimension;
        this.measuredAtTemperature = measuredAtTemperature;
    }

    /** The name used in library files and in {@link Material#property(String)}, e.g. "ionicConductivity". */
    @Override
    public String key() {
        return key;
    }

    @Override
    public Dimension dimension() {
        return dimension;
    }

    /** Whether the value may carry its measuring temperature ({@code at 25 °C}). */
    @Override
    public boolean measuredAtTemperature() {
        return measuredAtTemperature;
    }

    /** Whether zero is a physical value: potentials (0 V vs Li/Li+) and volume changes may be zero. */
    @Override
    public boolean zeroAllowed() {
        return dimension.equals(Dimension.VOLTAGE) && this != PENETRATION_OVERPOTENTIAL || this == VOLUME_CHANGE;
    }

    /** The property named {@code key} in library files, if there is one. */
    public static Optional<MaterialProperty> fromKey(String key) {
        return Keywords.find(values(), MaterialProperty::key, key);
    }
}

package org.interphase.library;

import java.util.Optional;

import org.interphase.core.units.Dimension;

/**
 * The numeric properties a library file may state for the contact between two materials
 * ({@code interface} entries). Area-specific values are used because they do not depend on the
 * size of the cell in which they were measured.
 */
public enum InterfaceProperty implements NumericProperty {
    /** i₀ of the charge-transfer reaction; R_ct·A = RT/(F·i₀). */
    EXCHANGE_CURRENT_DENSITY("exchangeCurrentDensity", Dimension.CURRENT_DENSITY, true),
    /** R_ct·A, the alternative to {@link #EXCHANGE_CURRENT_DENSITY} when a paper reports a resistance. */
    CHARGE_TRANSFER_RESISTANCE("chargeTransferResistance", Dimension.AREAL_RESISTANCE, true),
    DOUBLE_LAYER_CAPACITANCE("doubleLayerCapacitance", Dimension.AREAL_CAPACITANCE, false),
    /** Activation energy of the charge-transfer kinetics (of i₀). */
    ACTIVATION_ENERGY("activationEnergy", Dimension.ENERGY, false),
    /** Thickness of the interphase that forms on contact, for entries that name one. */
    INTERPHASE_THICKNESS("interphaseThickness", Dimension.LENGTH, false),
    /** k of diffusion-limited interphase growth L² = L₀² + 2kt. */
    INTERPHASE_GROWTH_CONSTANT("interphaseGrowthConstant", Dimension.DIFFUSIVITY, false),
    /** Initial velocity k of electron-tunnelling-limited growth dL/dt = k·exp(−L/λ) (with {@link #TUNNELLING_LENGTH}). */
    INTERPHASE_GROWTH_VELOCITY("interphaseGrowthVelocity", Dimension.VELOCITY, false),
    /** λ of tunnelling-limited growth: the thickness over which the electron supply falls by e. */
    TUNNELLING_LENGTH("tunnellingLength", Dimension.LENGTH, false),
    /** Charge (Li or electrons) bound per volume of interphase grown: the side reaction's charge per m³. */
    INTERPHASE_CHARGE_DENSITY("interphaseChargeDensity", Dimension.CHARGE.over(Dimension.VOLUME), false),
    /** Fraction of the active material that loses contact per unit of volumetric strain cycled through. */
    CONTACT_LOSS_PER_STRAIN("contactLossPerStrain", Dimension.NONE, false),
    /**
     * ℓ of a cathode|electrolyte contact: the depth of electrolyte that yields to the cathode's strain, against which a
     * buffer's thickness over its shear modulus is weighed (see the cycling engine's StrainBuffer).
     */
    STRAIN_ACCOMMODATION_LENGTH("strainAccommodationLength", Dimension.LENGTH, false),
    /** The contact's own {@link MaterialProperty#CRITICAL_STRIPPING_CURRENT_DENSITY}, in place of the metal's. */
    CRITICAL_STRIPPING_CURRENT_DENSITY("criticalStrippingCurrentDensity", Dimension.CURRENT_DENSITY, false),
    /** The pressure at which the contact's {@link #CRITICAL_STRIPPING_CURRENT_DENSITY} holds. */
    STRIPPING_REFERENCE_PRESSURE("strippingReferencePressure", Dimension.PRESSURE, false),
    /** The contact's own {@link MaterialProperty#VOID_ROUGHNESS}, in place of the metal's. */
    VOID_ROUGHNESS("voidRoughness", Dimension.LENGTH, false);

    private final String key;
    private final Dimension dimension;
    private final boolean measuredAtTemperature;

    InterfaceProperty(String key, Dimension dimension, boolean measuredAtTemperature) {
        this.key = key;
        this.dimension = dimension;
        this.measuredAtTemperature = measuredAtTemperature;
    }

    /** The name used in library files, e.g. "exchangeCurrentDensity". */
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

    /** The property named {@code key} in library files, if there is one. */
    public static Optional<InterfaceProperty> fromKey(String key) {
        return Keywords.find(values(), InterfaceProperty::key, key);
    }
}

package org.interphase.sim.cycling;

import org.interphase.sim.InputChecks;

/**
 * How compliant buffer layers between a breathing cathode and a stiff electrolyte moderate the contact loss.
 * The cathode's volume change imposes a displacement mismatch on the contact; the shear stress that opens it is
 * that mismatch over the compliance of what lies in between (shear-lag, Volkersen's bonded-joint form: the peak
 * interface shear stress scales as √(G/t) of a compliant interlayer). With no buffer the electrolyte's own
 * near-contact layer of thickness ℓ (the accommodation length of the contact) yields; a buffer of thickness t and
 * shear modulus G adds t/G in series. The contact lost per strain then scales with the stress:
 * <pre>
 * χ = χ₀ / √(1 + (G_e/ℓ)·Σ tᵢ/Gᵢ)
 * </pre>
 * χ₀ and ℓ belong to the bare cathode|electrolyte contact, G_e to the electrolyte and tᵢ, Gᵢ to the buffers; thicker
 * and softer buffers keep more of the cathode in contact.
 */
public final class StrainBuffer {

    private StrainBuffer() {
    }

    /**
     * @param bareLossPerStrain       χ₀ of the cathode against the electrolyte without a buffer
     * @param accommodationLength     ℓ of that contact, m
     * @param electrolyteShearModulus G_e, Pa
     * @param bufferCompliance        Σ tᵢ/Gᵢ of the buffers in between, m/Pa (0 for none)
     * @return χ of the buffered contact
     */
    public static double contactLossPerStrain(double bareLossPerStrain, double accommodationLength,
            double electrolyteShearModulus, double bufferCompliance) {
        InputChecks.nonNegative(bareLossPerStrain, "contact loss per strain of the bare contact", "");
        InputChecks.positive(accommodationLength, "strain accommodation length", "m");
        InputChecks.positive(electrolyteShearModulus, "shear modulus of the electrolyte", "Pa");
        InputChecks.nonNegative(bufferCompliance, "compliance of the buffers (thickness over shear modulus)", "m/Pa");
        return bareLossPerStrain / Math.sqrt(1 + electrolyteShearModulus / accommodationLength * bufferCompliance);
    }
}

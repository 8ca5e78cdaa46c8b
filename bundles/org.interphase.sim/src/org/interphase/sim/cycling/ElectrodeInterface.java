package org.interphase.sim.cycling;

import java.util.Objects;
import java.util.Optional;

import org.interphase.sim.InputChecks;


/**
 * The contact of an electrode with the first electrolyte layer, or of two layers that Li⁺ crosses by a charge
 * transfer: Butler–Volmer kinetics (α = ½), an optional growing interphase, and how easily the electrode loses
 * contact when it breathes (a contact between two layers has neither: {@link #between}).
 *
 * @param label                  e.g. "NCM523|LLTO-film-annealed-300"
 * @param exchangeCurrentDensity i₀ at the cell temperature, A/m² of reaction area; for a cathode the
 *                               value at half lithiation (it scales as 2·√(x(1−x)))
 * @param interphase             the film that grows there, if any
 * @param contactLossPerStrain   χ: fraction of the active material that loses contact per unit of
 *                               volumetric strain cycled through (0 for a contact that never fails)
 */
public record ElectrodeInterface(String label, double exchangeCurrentDensity, Optional<Interphase> interphase,
        double contactLossPerStrain) {

    public ElectrodeInterface {
        Objects.requireNonNull(label, "interface label");
        Objects.requireNonNull(interphase, () -> "interphase of " + label + " (use Optional.empty())");
        InputChecks.positive(exchangeCurrentDensity, "exchange current density of " + label, "A/m2");
        InputChecks.nonNegative(contactLossPerStrain, "contact loss per strain of " + label, "");
    }

    /** A contact between two layers: kinetics only, i₀ per electrode area. */
    public static ElectrodeInterface between(String label, double exchangeCurrentDensity) {
        return new ElectrodeInterface(label, exchangeCurrentDensity, Optional.empty(), 0);
    }

    /** The same contact without degradation: no interphase growth, no contact loss. */
    public ElectrodeInterface withoutDegradation() {
        return new ElectrodeInterface(label, exchangeCurrentDensity, Optional.empty(), 0);
    }
}

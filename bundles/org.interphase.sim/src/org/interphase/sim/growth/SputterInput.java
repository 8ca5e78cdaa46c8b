package org.interphase.sim.growth;

import java.util.Optional;

import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Dimension;
import org.interphase.core.units.Quantity;
import org.interphase.library.SputterProcess;
import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;

/**
 * A sputter run: a film deposited at a constant rate for a time. Rates scale linearly with the
 * target power at fixed pressure and geometry ({@link #scaledRate}), the usual first approximation.
 *
 * @param film library material id of the film
 * @param rate deposition rate at the power used, m/s (positive)
 * @param time deposition time, s (zero or more)
 */
public record SputterInput(String film, double rate, double time) implements GrowthInput {

    public SputterInput {
        InputChecks.named(film, "film material");
        InputChecks.positive(rate, "sputter deposition rate", "metres per second");
        InputChecks.nonNegative(time, "sputter time", "seconds");
    }

    /** The run that reaches {@code targetThickness} (m) at {@code rate} (m/s); its time is target / rate. */
    public static SputterInput forThickness(String film, double rate, double targetThickness) {
        InputChecks.positive(targetThickness, "target thickness", "metres");
        InputChecks.positive(rate, "sputter deposition rate", "metres per second");
        return new SputterInput(film, rate, InputChecks.finite(targetThickness / rate, "sputter time"));
    }

    /** Rate at {@code power} from the rate at {@code referencePower}: linear in power (same units for both powers). */
    public static double scaledRate(double rateAtReference, double referencePower, double power) {
        InputChecks.positive(rateAtReference, "deposition rate at the reference power", "metres per second");
        InputChecks.positive(referencePower, "reference power", "W or W/m²");
        InputChecks.positive(power, "sputter power", "W or W/m²");
        return InputChecks.finite(rateAtReference * (power / referencePower), "scaled sputter rate");
    }

    /**
     * The deposition rate of a library process at a power. The rate at the reference power is
     * {@code rateAtReference} if given (e.g. measured by the user), else the library's; the sources
     * give none, so for the built-in processes the user must supply it.
     *
     * @param power the power or power density used, of the same kind as the library's reference
     *              power; empty to sputter at the reference power
     */
    public static double rateOf(SputterProcess process, Optional<Quantity> rateAtReference, Optional<Quantity> power) {
        Quantity reference = rateAtReference.or(() -> process.depositionRate().map(SourcedQuantity::value))
                .orElseThrow(() -> new SimulationException("sputter process " + process.id()
                        + " has no deposition rate in the library (its source reports none); give the rate measured"
                        + process.referencePower().map(p -> " at " + p.value().text()).orElse("") + ", e.g. 5 nm/min"));
        if (!reference.dimension().equals(Dimension.VELOCITY)) {
            throw new SimulationException("a deposition rate is a thickness per time such as 5 nm/min, got '"
                    + reference.text() + "'");
        }
        if (power.isEmpty()) {
            return InputChecks.positive(reference.si(), "sputter deposition rate", "metres per second");
        }
        Quantity referencePower = process.referencePower().map(SourcedQuantity::value)
                .orElseThrow(() -> new SimulationException("sputter process " + process.id() + " has no reference"
                        + " power in the library, so its rate cannot be scaled to " + power.get().text()
                        + "; give the rate at the power you use"));
        if (!power.get().dimension().equals(referencePower.dimension())) {
            throw new SimulationException("sputter power '" + power.get().text() + "' must be of the same kind as the"
                    + " reference power " + referencePower.text() + " of " + process.id());
        }
        return scaledRate(reference.si(), referencePower.si(), power.get().si());
    }
}

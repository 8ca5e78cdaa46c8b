package org.interphase.dsl.compiler;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.interphase.dsl.validation.MeasuredDataChecks;
import org.interphase.model.ImpedanceSweep;
import org.interphase.model.InterphasePackage.Literals;
import org.interphase.sim.SimulationException;
import org.interphase.sim.impedance.ParameterValues;

/**
 * The analyses an impedance measurement asks of its measured spectrum ({@code measured "data/cell.mpt"
 * fit "R0-p(R1,CPE1)" kramers-kronig drt}), for the run that makes them. Each analysis keeps the line of its clause,
 * so that a failed analysis is reported where it was asked for.
 *
 * @param file          the measured file on the local file system
 * @param written       the path as the measurement writes it, e.g. "data/cell.mpt"
 * @param source        the line of the measured clause
 * @param fit           the circuit fit, if asked for
 * @param kramersKronig the linear Kramers–Kronig test, if asked for
 * @param drt           the distribution of relaxation times, if asked for
 */
public record MeasuredAnalyses(Path file, String written, Provenance source, Optional<Fit> fit, Optional<KramersKronig> kramersKronig,
        Optional<Drt> drt) {

    /** A fit of {@code circuit} from the starting values given by name (the others guessed from the data). */
    public record Fit(String circuit, Map<String, Double> initial, Provenance source) {
        public Fit {
            initial = Map.copyOf(initial);
        }
    }

    /** The linear Kramers–Kronig test with M RC elements, or the first M below the cut-off when empty. */
    public record KramersKronig(OptionalInt elements, Provenance source) {
    }

    /** The DRT with the regularisation parameter λ, or λ by the discrepancy rule when empty. */
    public record Drt(OptionalDouble lambda, Provenance source) {
    }

    /**
     * @return the analyses {@code sweep} asks for; empty if it asks for none
     * @throws CompileException if it asks for analyses but names no measured file on the local file system, or its
     *                          starting values cannot be read (validation reports both first)
     */
    static Optional<MeasuredAnalyses> of(ImpedanceSweep sweep) {
        if (sweep.getFitCircuit() == null && !sweep.isKramersKronig() && !sweep.isDrt()) {
            return Optional.empty();
        }
        Path file = MeasuredDataChecks.localFile(sweep).orElseThrow(() -> new CompileException(sweep,
                "the analyses of this impedance measurement need a measured spectrum in a local file; write measured"
                        + " \"data/….mpt\" before them"));
        Optional<Fit> fit = Optional.empty();
        if (sweep.getFitCircuit() != null) {
            try {
                fit = Optional.of(new Fit(sweep.getFitCircuit(), sweep.getFitInitial() == null ? Map.of()
                        : ParameterValues.parse(sweep.getFitInitial()), Provenance.of(sweep,
                                Literals.IMPEDANCE_SWEEP__FIT_CIRCUIT)));
            } catch (SimulationException e) {
                throw new CompileException(sweep, "initial values: " + e.getMessage());
            }
        }
        Optional<KramersKronig> kramersKronig = sweep.isKramersKronig()
                ? Optional.of(new KramersKronig(sweep.isSetKramersKronigElements()
                        ? OptionalInt.of(sweep.getKramersKronigElements()) : OptionalInt.empty(),
                        Provenance.of(sweep, Literals.IMPEDANCE_SWEEP__KRAMERS_KRONIG)))
                : Optional.empty();
        Optional<Drt> drt = sweep.isDrt()
                ? Optional.of(new Drt(sweep.isSetDrtLambda() ? OptionalDouble.of(sweep.getDrtLambda())
                        : OptionalDouble.empty(), Provenance.of(sweep, Literals.IMPEDANCE_SWEEP__DRT)))
                : Optional.empty();
        return Optional.of(new MeasuredAnalyses(file, sweep.getMeasuredData(),
                Provenance.of(sweep, Literals.MEASUREMENT__MEASURED_DATA), fit, kramersKronig, drt));
    }
}

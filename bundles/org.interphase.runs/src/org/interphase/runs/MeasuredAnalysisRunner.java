package org.interphase.runs;

import java.util.List;
import java.util.Optional;

import org.interphase.analysis.AnalysisException;
import org.interphase.analysis.AnalysisResults;
import org.interphase.analysis.CircuitFitOutcome;
import org.interphase.analysis.FitRequest;
import org.interphase.analysis.ImpedanceAnalysis;
import org.interphase.dsl.compiler.MeasuredAnalyses;
import org.interphase.dsl.compiler.Provenance;
import org.interphase.sim.SimulationException;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.impedance.DrtResult;
import org.interphase.sim.impedance.FitConstraints;
import org.interphase.sim.impedance.KramersKronigResult;
import org.interphase.sim.impedance.Spectrum;

/**
 * Makes the analyses an impedance measurement asks of its measured spectrum, through the service the IDE and the
 * command line use. A failure names the line of the clause that asked for the analysis; a cancellation is honoured
 * between analyses.
 */
final class MeasuredAnalysisRunner {

    private MeasuredAnalysisRunner() {
    }

    /** An analysis of the service, which reports failures as checked exceptions. */
    private interface Analysis<T> {
        T run() throws AnalysisException;
    }

    /**
     * @param label the measurement's label, e.g. "1-impedance"
     * @throws SimulationException "file:line: label: message" if the file cannot be read or an analysis fails
     */
    static AnalysisResults run(String label, MeasuredAnalyses analyses, RunMonitor monitor) {
        Spectrum data = located(analyses.source(), label, () -> ImpedanceAnalysis.read(analyses.file()));
        Optional<CircuitFitOutcome> fit = Optional.empty();
        if (analyses.fit().isPresent()) {
            MeasuredAnalyses.Fit asked = analyses.fit().get();
            monitor.throwIfCancelled("the fit of " + analyses.written());
            fit = Optional.of(located(asked.source(), label, () -> ImpedanceAnalysis.fit(data,
                    new FitRequest(asked.circuit(), List.of(), asked.initial(), FitConstraints.NONE))));
        }
        Optional<KramersKronigResult> kramersKronig = Optional.empty();
        if (analyses.kramersKronig().isPresent()) {
            MeasuredAnalyses.KramersKronig asked = analyses.kramersKronig().get();
            monitor.throwIfCancelled("the Kramers–Kronig test of " + analyses.written());
            kramersKronig = Optional.of(located(asked.source(), label,
                    () -> ImpedanceAnalysis.kramersKronig(data, asked.elements())));
        }
        Optional<DrtResult> drt = Optional.empty();
        if (analyses.drt().isPresent()) {
            MeasuredAnalyses.Drt asked = analyses.drt().get();
            monitor.throwIfCancelled("the DRT of " + analyses.written());
            drt = Optional.of(located(asked.source(), label, () -> ImpedanceAnalysis.drt(data, asked.lambda())));
        }
        return new AnalysisResults(analyses.written(), fit, kramersKronig, drt);
    }

    private static <T> T located(Provenance clause, String label, Analysis<T> analysis) {
        try {
            return analysis.run();
        } catch (AnalysisException e) {
            throw new SimulationException(clause.location() + ": " + label + ": " + e.getMessage());
        }
    }
}

package org.interphase.analysis;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.interphase.io.DataImporters;
import org.interphase.io.ImportException;
import org.interphase.io.MeasuredData;
import org.interphase.io.MeasuredSpectrum;
import org.interphase.sim.SimulationException;
import org.interphase.sim.impedance.Circuit;
import org.interphase.sim.impedance.CircuitFitter;
import org.interphase.sim.impedance.CircuitNode;
import org.interphase.sim.impedance.CircuitParser;
import org.interphase.sim.impedance.DrtAnalysis;
import org.interphase.sim.impedance.DrtResult;
import org.interphase.sim.impedance.FitResult;
import org.interphase.sim.impedance.KramersKronigResult;
import org.interphase.sim.impedance.LinearKramersKronig;
import org.interphase.sim.impedance.Parameter;
import org.interphase.sim.impedance.Spectrum;

/**
 * The analyses of a measured impedance spectrum that the IDE, the command line and runs share: a fit of any circuit,
 * the linear Kramers–Kronig test and the distribution of relaxation times. Engine errors come back as
 * {@link AnalysisException}s with the engine's message, which names what to change.
 */
public final class ImpedanceAnalysis {

    private ImpedanceAnalysis() {
    }

    /**
     * Imports an impedance spectrum with the importer {@link DataImporters} picks for the file.
     *
     * @throws AnalysisException if the file cannot be imported (file:line and the problem) or holds cycling data
     */
    public static Spectrum read(Path file) throws AnalysisException {
        MeasuredData data;
        try {
            data = DataImporters.read(file);
        } catch (ImportException e) {
            throw new AnalysisException(e.getMessage());
        }
        if (!(data instanceof MeasuredSpectrum spectrum)) {
            throw new AnalysisException(file.getFileName() + " holds cycling data, not an impedance spectrum; name an"
                    + " EIS export");
        }
        return spectrum(spectrum);
    }

    /** @throws AnalysisException if the imported points do not form a spectrum (repeated or invalid frequencies) */
    public static Spectrum spectrum(MeasuredSpectrum measured) throws AnalysisException {
        try {
            return Spectrum.of(measured.frequency(), measured.real(), measured.imaginary());
        } catch (SimulationException e) {
            throw new AnalysisException(measured.file().getFileName() + ": " + e.getMessage());
        }
    }

    /**
     * Fits the circuit of {@code request} to {@code data}, from the starting values asked for or guessed.
     *
     * @throws AnalysisException for a malformed circuit (naming the column), wrong starting values or a failed fit
     */
    public static CircuitFitOutcome fit(Spectrum data, FitRequest request) throws AnalysisException {
        try {
            CircuitNode structure = CircuitParser.parseAnySyntax(request.circuit());
            double[] start = request.initial().isEmpty() ? InitialGuess.of(structure, data)
                    : request.initial().stream().mapToDouble(Double::doubleValue).toArray();
            int count = Circuit.parametersOf(structure).size();
            if (start.length != count) {
                throw new AnalysisException("circuit '" + structure + "' has " + count + " parameters "
                        + Circuit.parametersOf(structure).stream().map(Parameter::name).toList() + " but "
                        + start.length + " initial values were given");
            }
            for (Map.Entry<String, Double> named : request.named().entrySet()) {
                start[Circuit.parameterIndex(structure, named.getKey())] = named.getValue();
            }
            for (Map.Entry<String, Double> fixed : request.constraints().fixed().entrySet()) {
                start[Circuit.parameterIndex(structure, fixed.getKey())] = fixed.getValue();
            }
            FitResult fit = new CircuitFitter().fit(Circuit.of(structure, start), data, request.constraints());
            return new CircuitFitOutcome(structure.toString(), start, data, fit,
                    fit.circuit().spectrum(data.frequencies()));
        } catch (SimulationException e) {
            throw new AnalysisException(e.getMessage());
        }
    }

    /**
     * The linear Kramers–Kronig test with M RC elements, or the first M whose μ is at or below the cutoff; with a
     * series capacitance when the spectrum ends in a capacitive tail.
     *
     * @throws AnalysisException if the spectrum is too short or M is out of range
     */
    public static KramersKronigResult kramersKronig(Spectrum data, OptionalInt elements) throws AnalysisException {
        try {
            LinearKramersKronig test = new LinearKramersKronig(LinearKramersKronig.DEFAULT_MU_CUTOFF,
                    LinearKramersKronig.DEFAULT_MAX_ELEMENTS, LinearKramersKronig.DEFAULT_RESIDUAL_THRESHOLD,
                    LinearKramersKronig.hasCapacitiveTail(data));
            return elements.isPresent() ? test.test(data, elements.getAsInt()) : test.test(data);
        } catch (SimulationException e) {
            throw new AnalysisException(e.getMessage());
        }
    }

    /**
     * The DRT with the given λ, or λ by the discrepancy rule; points with Z'' &gt; 0 (inductive) are left out.
     *
     * @throws AnalysisException if fewer than 4 capacitive points remain or λ is not positive
     */
    public static DrtResult drt(Spectrum data, OptionalDouble lambda) throws AnalysisException {
        try {
            Spectrum capacitive = capacitive(data);
            DrtAnalysis analysis = lambda.isPresent()
                    ? new DrtAnalysis(lambda.getAsDouble(), DrtAnalysis.DEFAULT_POINTS_PER_DECADE)
                    : DrtAnalysis.byDiscrepancy(DrtAnalysis.DEFAULT_POINTS_PER_DECADE);
            return analysis.analyse(capacitive);
        } catch (SimulationException e) {
            throw new AnalysisException(e.getMessage());
        }
    }

    /** The points with Z'' ≤ 0: the RC kernels of the DRT cannot represent inductive ones. */
    private static Spectrum capacitive(Spectrum data) {
        int[] kept = java.util.stream.IntStream.range(0, data.size())
                .filter(i -> data.impedance(i).getImaginary() <= 0).toArray();
        if (kept.length == data.size()) {
            return data;
        }
        if (kept.length == 0) {
            throw new SimulationException("no point of the spectrum is capacitive (Z'' ≤ 0); a DRT needs some");
        }
        return new Spectrum(Arrays.stream(kept).mapToDouble(data::frequency).toArray(),
                Arrays.stream(kept).mapToObj(data::impedance).toArray(org.hipparchus.complex.Complex[]::new));
    }
}

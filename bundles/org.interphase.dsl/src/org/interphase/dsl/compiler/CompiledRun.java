package org.interphase.dsl.compiler;

import java.util.List;
import java.util.Optional;

import org.interphase.sim.cycling.CellParameters;
import org.interphase.sim.protocol.Experiment;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.symmetric.CurrentRamp;
import org.interphase.sim.symmetric.SymmetricCellInput;
import org.interphase.sim.symmetric.SymmetricCellModel;
import org.interphase.sim.voltammetry.VoltammetryInput;

/**
 * One measurement of an experiment, compiled into the inputs of the engine that simulates it.
 * {@link #label()} names it in reports and output files ("1-impedance", "2-plating-stripping").
 */
public sealed interface CompiledRun {

    String label();

    /** The DSL line of the measurement. */
    Provenance source();

    /** The values the run reads besides those of the stack, each with its source. */
    List<CompiledValue> inputs();

    /**
     * An impedance spectrum of the stack, from the highest to the lowest frequency (Hz), and the analyses of the
     * measured spectrum the measurement asks for.
     */
    record Impedance(String label, Provenance source, CellStack stack, double[] frequencies,
            List<CompiledValue> inputs, Optional<MeasuredAnalyses> analyses) implements CompiledRun {
        public Impedance {
            frequencies = frequencies.clone();
            inputs = List.copyOf(inputs);
        }

        @Override
        public double[] frequencies() {
            return frequencies.clone();
        }
    }

    /** Galvanostatic plating/stripping of a Li | ... | Li cell. */
    record PlatingStripping(String label, Provenance source, SymmetricCellInput input, SymmetricCellModel model,
            List<CompiledValue> inputs) implements CompiledRun {
        public PlatingStripping {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * Cycling of a full cell (a PyBaMM-style protocol or a rate-capability series), with the cell parameters
     * compiled from the stack.
     */
    record Cycling(String label, Provenance source, CellParameters parameters, Experiment protocol,
            List<CompiledValue> inputs) implements CompiledRun {
        public Cycling {
            inputs = List.copyOf(inputs);
        }
    }

    /** Linear sweep or cyclic voltammetry of a Li | … | blocking-electrode cell. */
    record Voltammetry(String label, Provenance source, VoltammetryInput input, List<CompiledValue> inputs)
            implements CompiledRun {
        public Voltammetry {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * Impedance spectra of one stack at two or more temperatures (K, in the order written), from the highest to the
     * lowest frequency (Hz), for an Arrhenius plot.
     */
    record ImpedanceSeries(String label, Provenance source, CellStack stack, double[] temperatures,
            double[] frequencies, List<CompiledValue> inputs) implements CompiledRun {
        public ImpedanceSeries {
            temperatures = temperatures.clone();
            frequencies = frequencies.clone();
            inputs = List.copyOf(inputs);
        }

        @Override
        public double[] temperatures() {
            return temperatures.clone();
        }

        @Override
        public double[] frequencies() {
            return frequencies.clone();
        }
    }

    /** Plating/stripping of a Li | ... | Li cell at a current raised step by step until it shorts. */
    record CriticalCurrentRamp(String label, Provenance source, CurrentRamp ramp, SymmetricCellModel model,
            List<CompiledValue> inputs) implements CompiledRun {
        public CriticalCurrentRamp {
            inputs = List.copyOf(inputs);
        }
    }
}

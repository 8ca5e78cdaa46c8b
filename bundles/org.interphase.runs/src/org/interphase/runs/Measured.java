package org.interphase.runs;

import java.util.Optional;

import org.interphase.analysis.AnalysisResults;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.sim.cycling.CyclingResult;
import org.interphase.sim.stack.StackImpedance;
import org.interphase.sim.stack.TemperatureSeries;
import org.interphase.sim.symmetric.CurrentRamp;
import org.interphase.sim.symmetric.SymmetricCellResult;
import org.interphase.sim.voltammetry.VoltammetryResult;

/**
 * One measurement of a plan together with what its engine returned; the saved run and the CSV files are both made
 * from these.
 */
public sealed interface Measured {

    /** The compiled measurement. */
    CompiledRun run();

    /** An impedance spectrum of the stack, and the analyses of the measured spectrum if the measurement asks for any. */
    record Impedance(CompiledRun.Impedance run, StackImpedance result, Optional<AnalysisResults> analyses)
            implements Measured {
    }

    /** Galvanostatic plating/stripping of a symmetric cell. */
    record PlatingStripping(CompiledRun.PlatingStripping run, SymmetricCellResult result) implements Measured {
    }

    /** Cycling of a full cell. */
    record Cycling(CompiledRun.Cycling run, CyclingResult result) implements Measured {
    }

    /** Linear sweep or cyclic voltammetry. */
    record Voltammetry(CompiledRun.Voltammetry run, VoltammetryResult result) implements Measured {
    }

    /** Impedance spectra at a series of temperatures and their Arrhenius line. */
    record ImpedanceSeries(CompiledRun.ImpedanceSeries run, TemperatureSeries result) implements Measured {
    }

    /** A critical-current-density ramp of a symmetric cell. */
    record CriticalCurrentRamp(CompiledRun.CriticalCurrentRamp run, CurrentRamp.Result result) implements Measured {
    }
}

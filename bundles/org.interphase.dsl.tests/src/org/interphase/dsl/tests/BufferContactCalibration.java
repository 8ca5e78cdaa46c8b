package org.interphase.dsl.tests;

import java.util.Set;
import java.util.function.DoubleUnaryOperator;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.sim.cycling.CellParameters;
import org.interphase.sim.cycling.CyclingSimulation;
import org.interphase.sim.cycling.ElectrodeInterface;
import org.interphase.sim.cycling.SolverSettings;
import org.interphase.sim.cycling.StrainBuffer;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.protocol.Experiment;

/**
 * The routine that fits the two constants of the NCM523|LLTO-film contact, contactLossPerStrain χ₀ and
 * strainAccommodationLength ℓ of IF-NCM523-LLTO, on two cells of Tan et al. 2021 only: the bare sample A (54 % after
 * 100 cycles at 0.1C, facts.md R-052) fixes χ₀, then the homogeneous-buffer sample B (71 %, R-053) fixes ℓ through
 * {@link StrainBuffer}. Each is a Brent root of the simulated retention minus the paper's; samples C and D are left
 * for prediction.
 */
final class BufferContactCalibration {

    /** The data this calibration is fitted to (facts.md ids with the quantity taken from the row). */
    static final Set<String> FITTED_ON = Set.of("R-052/retention-100", "R-053/retention-100");

    static final double RETENTION_A = 0.54;
    static final double RETENTION_B = 0.71;
    private static final String ELECTROLYTE = "LLTO-film-annealed-300";
    private static final Experiment HUNDRED = Experiment.cycles(100, "Charge at C/10 until 4.2 V",
            "Discharge at C/10 until 3.2 V");

    /** χ₀ and ℓ (m). */
    record Constants(double bareLossPerStrain, double accommodationLength) {
    }

    private final CellParameters bare;
    private final CellParameters buffered;
    private final double electrolyteModulus;
    private final double compliance;

    /**
     * @param bare     sample A's cycling run, compiled from its stack
     * @param buffered sample B's, whose first layer is its buffer
     */
    BufferContactCalibration(CompiledRun.Cycling bare, CompiledRun.Cycling buffered) {
        this.bare = bare.parameters();
        this.buffered = buffered.parameters();
        String buffer = this.buffered.cathodeInterface().label().split("\\|")[1];
        electrolyteModulus = used(this.buffered, "shearModulus of " + ELECTROLYTE);
        double thickness = buffered.inputs().stream().filter(v -> v.name().startsWith("thickness of " + buffer))
                .findFirst().orElseThrow().si();
        compliance = thickness / used(this.buffered, "shearModulus of " + buffer);
    }

    private static double used(CellParameters cell, String name) {
        return cell.provenance().stream().filter(q -> q.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(cell.name() + " does not use " + name)).value().si();
    }

    Constants fit() {
        BrentSolver solver = new BrentSolver(1e-5);
        double chi = solver.solve(100, mismatch(bare, RETENTION_A, x -> x), 0.001, 0.5);
        // ℓ spans orders of magnitude: solve for its logarithm.
        double logLength = solver.solve(100, mismatch(buffered, RETENTION_B,
                log -> StrainBuffer.contactLossPerStrain(chi, Math.pow(10, log), electrolyteModulus, compliance)),
                -11, -5);
        return new Constants(chi, Math.pow(10, logLength));
    }

    /** Simulated retention after 100 cycles minus the paper's, as a function of the variable that sets χ. */
    private static UnivariateFunction mismatch(CellParameters cell, double published,
            DoubleUnaryOperator lossPerStrain) {
        return variable -> retention(withContactLoss(cell, lossPerStrain.applyAsDouble(variable))) - published;
    }

    static double retention(CellParameters cell) {
        return new CyclingSimulation(cell, HUNDRED, SolverSettings.DEFAULT).run(RunMonitor.NONE).retention(100, 1);
    }

    private static CellParameters withContactLoss(CellParameters p, double lossPerStrain) {
        ElectrodeInterface c = p.cathodeInterface();
        return new CellParameters(p.name(), p.area(), p.temperature(), p.openCircuit(), p.shape(), p.diffusionLength(),
                p.diffusivity(), p.capacity(), p.cathodeMass(), p.reactionArea(), p.volumeChange(),
                p.separatorResistance(), p.innerContacts(), new ElectrodeInterface(c.label(), c.exchangeCurrentDensity(),
                        c.interphase(), lossPerStrain), p.anodeInterface(), p.lithiumInventory(), p.provenance());
    }
}

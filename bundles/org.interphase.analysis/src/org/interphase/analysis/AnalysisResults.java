package org.interphase.analysis;

import java.util.Optional;

import org.interphase.sim.impedance.DrtResult;
import org.interphase.sim.impedance.KramersKronigResult;

/**
 * The analyses made of one measured spectrum; each is present only if it was asked for.
 *
 * @param source        the measured file as the user named it, e.g. "data/cell.mpt"
 * @param fit           the circuit fit
 * @param kramersKronig the linear Kramers–Kronig test
 * @param drt           the distribution of relaxation times
 */
public record AnalysisResults(String source, Optional<CircuitFitOutcome> fit,
        Optional<KramersKronigResult> kramersKronig, Optional<DrtResult> drt) {
}

package org.interphase.dsl.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.interphase.model.ImpedanceSweep;
import org.interphase.model.InterphasePackage.Literals;
import org.interphase.sim.SimulationException;
import org.interphase.sim.impedance.Circuit;
import org.interphase.sim.impedance.CircuitFitter;
import org.interphase.sim.impedance.CircuitNode;
import org.interphase.sim.impedance.CircuitParser;
import org.interphase.sim.impedance.CircuitSyntaxException;
import org.interphase.sim.impedance.DrtAnalysis;
import org.interphase.sim.impedance.LinearKramersKronig;
import org.interphase.sim.impedance.Parameter;
import org.interphase.sim.impedance.ParameterValues;

/**
 * The analyses an impedance measurement asks of its measured spectrum ({@code fit "…"}, {@code kramers-kronig},
 * {@code drt}) run when the experiment runs, after the simulation; what would make them refuse is reported here: a
 * circuit or starting value the fitter cannot read (at the character at fault inside the string), M or λ out of
 * range, no measured file, or a file with too few points for the analysis.
 */
public class AnalysisChecks extends InterphaseCheckBase {

	@Check
	public void checkAnalyses(ImpedanceSweep sweep) {
		Optional<EAttribute> first = firstClause(sweep);
		if (first.isEmpty()) {
			return;
		}
		if (sweep.getMeasuredData() == null) {
			error("fit, kramers-kronig and drt analyse the measured spectrum, but this measurement names none; write"
					+ " measured \"data/….mpt\" before them (a path relative to this file).", sweep, first.get(),
					InterphaseIssueCodes.ANALYSIS_WITHOUT_MEASURED_DATA);
		}
		// Counts only for a spectrum that imports; MeasuredDataChecks reports any other file.
		Optional<MeasuredFiles.Outcome> data = MeasuredDataChecks.localFile(sweep).map(MeasuredFiles::read)
				.filter(outcome -> outcome.kind() == MeasuredFiles.Kind.SPECTRUM);
		if (data.isPresent() && data.get().unanalysable() != null) {
			error("The measured spectrum \"" + sweep.getMeasuredData() + "\" cannot be analysed: "
					+ data.get().unanalysable() + "; correct the export or remove the analyses.", sweep,
					Literals.MEASUREMENT__MEASURED_DATA, InterphaseIssueCodes.SPECTRUM_NOT_ANALYSABLE,
					String.valueOf(data.get().points()));
			return;
		}
		if (sweep.getFitCircuit() != null) {
			checkFit(sweep, data);
		}
		if (sweep.isKramersKronig()) {
			checkKramersKronig(sweep, data);
		}
		if (sweep.isDrt()) {
			checkDrt(sweep, data);
		}
	}

	private static Optional<EAttribute> firstClause(ImpedanceSweep sweep) {
		return List.of(Literals.IMPEDANCE_SWEEP__FIT_CIRCUIT, Literals.IMPEDANCE_SWEEP__KRAMERS_KRONIG,
				Literals.IMPEDANCE_SWEEP__DRT).stream().filter(sweep::eIsSet).findFirst();
	}

	private void checkFit(ImpedanceSweep sweep, Optional<MeasuredFiles.Outcome> data) {
		CircuitNode circuit;
		List<Parameter> parameters;
		try {
			circuit = CircuitParser.parseAnySyntax(sweep.getFitCircuit());
			parameters = Circuit.parametersOf(circuit);
		} catch (CircuitSyntaxException e) {
			errorInString(sweep, Literals.IMPEDANCE_SWEEP__FIT_CIRCUIT, "The circuit cannot be read: " + e.getMessage()
					+ ".", e.column());
			return;
		} catch (SimulationException e) {
			error("The circuit cannot be fitted: " + e.getMessage() + ".", sweep, Literals.IMPEDANCE_SWEEP__FIT_CIRCUIT,
					InterphaseIssueCodes.BAD_FIT_CIRCUIT);
			return;
		}
		if (sweep.getFitInitial() != null) {
			checkInitial(sweep, circuit, parameters);
		}
		data.filter(spectrum -> !CircuitFitter.enoughPoints(spectrum.points(), parameters.size()))
				.ifPresent(spectrum -> error("The circuit " + circuit + " has " + parameters.size()
						+ " parameters but the measured spectrum \"" + sweep.getMeasuredData() + "\" has only "
						+ spectrum.points() + " points; a fit needs at least as many points as parameters, so fit a"
						+ " circuit with fewer elements or measure more points.", sweep,
						Literals.IMPEDANCE_SWEEP__FIT_CIRCUIT, InterphaseIssueCodes.SPECTRUM_NOT_ANALYSABLE,
						String.valueOf(spectrum.points())));
	}

	private void checkInitial(ImpedanceSweep sweep, CircuitNode circuit, List<Parameter> parameters) {
		Map<String, Double> initial;
		try {
			initial = ParameterValues.parse(sweep.getFitInitial());
		} catch (CircuitSyntaxException e) {
			errorInString(sweep, Literals.IMPEDANCE_SWEEP__FIT_INITIAL, "The starting values cannot be read: "
					+ e.getMessage() + ".", e.column());
			return;
		}
		for (Map.Entry<String, Double> value : initial.entrySet()) {
			try {
				Parameter parameter = parameters.get(Circuit.parameterIndex(circuit, value.getKey()));
				if (!parameter.admits(value.getValue())) {
					error("The starting value " + value.getKey() + "=" + value.getValue() + " is outside the range "
							+ parameter.range() + " of " + parameter.name() + "; give a value in it.", sweep,
							Literals.IMPEDANCE_SWEEP__FIT_INITIAL, InterphaseIssueCodes.BAD_FIT_CIRCUIT);
				}
			} catch (SimulationException e) {
				error("A starting value names no parameter: " + e.getMessage() + ".", sweep,
						Literals.IMPEDANCE_SWEEP__FIT_INITIAL, InterphaseIssueCodes.BAD_FIT_CIRCUIT);
			}
		}
	}

	/** An error on the character at {@code column} (1-based) inside the quoted string of {@code feature}. */
	private void errorInString(ImpedanceSweep sweep, EAttribute feature, String message, int column) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(sweep, feature);
		if (nodes.isEmpty()) {
			error(message, sweep, feature, InterphaseIssueCodes.BAD_FIT_CIRCUIT);
			return;
		}
		INode string = nodes.get(0);
		// The opening quote is at the node's offset, so column c is c characters after it; a column one past the end
		// marks the closing quote.
		int offset = string.getOffset() + Math.min(column, string.getLength() - 1);
		acceptError(message, sweep, offset, 1, InterphaseIssueCodes.BAD_FIT_CIRCUIT);
	}

	private void checkKramersKronig(ImpedanceSweep sweep, Optional<MeasuredFiles.Outcome> data) {
		if (sweep.isSetKramersKronigElements() && sweep.getKramersKronigElements() < 2) {
			error("A Kramers–Kronig test takes at least 2 RC elements, not " + sweep.getKramersKronigElements()
					+ "; write more, or leave the count out to take the first M that does not over-fit.", sweep,
					Literals.IMPEDANCE_SWEEP__KRAMERS_KRONIG_ELEMENTS,
					InterphaseIssueCodes.ANALYSIS_SETTING_OUT_OF_RANGE, "2");
			return;
		}
		data.ifPresent(spectrum -> {
			if (spectrum.points() < LinearKramersKronig.MIN_POINTS) {
				tooFewPoints(sweep, Literals.IMPEDANCE_SWEEP__KRAMERS_KRONIG, "A Kramers–Kronig test needs at least "
						+ LinearKramersKronig.MIN_POINTS + " points", spectrum.points(), "points");
			} else if (sweep.isSetKramersKronigElements() && sweep.getKramersKronigElements() > spectrum.points()) {
				error("A Kramers–Kronig test takes at most as many RC elements as the spectrum has points: \""
						+ sweep.getMeasuredData() + "\" has " + spectrum.points() + ", not "
						+ sweep.getKramersKronigElements() + "; write fewer, or leave the count out.", sweep,
						Literals.IMPEDANCE_SWEEP__KRAMERS_KRONIG_ELEMENTS,
						InterphaseIssueCodes.ANALYSIS_SETTING_OUT_OF_RANGE, String.valueOf(spectrum.points()));
			}
		});
	}

	private void checkDrt(ImpedanceSweep sweep, Optional<MeasuredFiles.Outcome> data) {
		if (sweep.isSetDrtLambda() && !(sweep.getDrtLambda() > 0 && Double.isFinite(sweep.getDrtLambda()))) {
			error("The DRT's regularisation parameter λ must be a number > 0, not " + sweep.getDrtLambda()
					+ "; write e.g. lambda 1e-3, or leave it out to choose λ by the discrepancy rule.", sweep,
					Literals.IMPEDANCE_SWEEP__DRT_LAMBDA, InterphaseIssueCodes.ANALYSIS_SETTING_OUT_OF_RANGE, "1e-3");
		}
		data.filter(spectrum -> spectrum.capacitivePoints() < DrtAnalysis.MIN_POINTS)
				.ifPresent(spectrum -> tooFewPoints(sweep, Literals.IMPEDANCE_SWEEP__DRT, "A DRT needs at least "
						+ DrtAnalysis.MIN_POINTS + " capacitive points (Z'' ≤ 0)", spectrum.capacitivePoints(),
						"capacitive points"));
	}

	private void tooFewPoints(ImpedanceSweep sweep, EAttribute clause, String need, int points, String what) {
		error(need + ", but the measured spectrum \"" + sweep.getMeasuredData() + "\" has " + points + " " + what
				+ "; measure more, or remove the analysis.", sweep, clause,
				InterphaseIssueCodes.SPECTRUM_NOT_ANALYSABLE, String.valueOf(points));
	}
}

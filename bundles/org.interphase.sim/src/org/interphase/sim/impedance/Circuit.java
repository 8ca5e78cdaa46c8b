package org.interphase.sim.impedance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hipparchus.complex.Complex;
import org.hipparchus.util.FastMath;
import org.interphase.sim.SimulationException;

/**
 * An equivalent circuit with parameter values: a {@link CircuitNode} structure plus one value per parameter,
 * in SI units. Immutable.
 * <p>
 * <b>Parameter order</b> is stable: elements in the order they appear in the circuit string (depth-first,
 * left to right), and within an element in the order of {@link ElementType#parameters()}. For
 * {@code R0-p(R1,CPE1)-Wo1} it is {@code [R0, R1, CPE1_Q, CPE1_alpha, Wo1_Z0, Wo1_tau]}.
 * <p>
 * Impedances are evaluated at angular frequency ω (rad/s); {@link #spectrum(double...)} takes frequencies
 * in Hz. An impedance that overflows a double (e.g. a lone capacitor, 1/(ωC), at ω of order 1e-300 rad/s)
 * raises a {@link SimulationException} instead of returning infinity; inside a parallel group an
 * overflowing branch simply carries no current, as in the physical limit.
 */
public final class Circuit {

    /** impedance.py names the parameters of a multi-parameter element {@code CPE1_0}, {@code CPE1_1}. */
    private static final Pattern INDEXED = Pattern.compile("(.+)_(\\d{1,3})");

    private final CircuitNode structure;
    private final List<Parameter> parameters;
    private final double[] values;

    private Circuit(CircuitNode structure, List<Parameter> parameters, double[] values) {
        this.structure = structure;
        this.parameters = parameters;
        this.values = values;
    }

    /**
     * @param text   a circuit string, e.g. {@code R0-p(R1,CPE1)-Wo1}
     * @param values one value per parameter, in the documented order
     * @throws SimulationException if the string is malformed or the values do not fit the parameters
     */
    public static Circuit parse(String text, double... values) {
        return of(CircuitParser.parse(text), values);
    }

    /**
     * @param structure a circuit tree, e.g. built by a stack-to-circuit compiler with labelled parts
     * @param values    one value per parameter, in the documented order
     * @throws SimulationException if element names repeat, the count is wrong or a value is out of range
     */
    public static Circuit of(CircuitNode structure, double... values) {
        return new Circuit(structure, parametersOf(structure), values.clone()).validated();
    }

    /**
     * @return the parameters of {@code structure} in the documented order
     * @throws SimulationException if two elements share a name
     */
    public static List<Parameter> parametersOf(CircuitNode structure) {
        List<Parameter> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Element element : elementsOf(structure, new ArrayList<>())) {
            if (!names.add(element.name())) {
                throw new SimulationException("duplicate element '" + element.name() + "' in '" + structure
                        + "'; give each element its own index");
            }
            for (int i = 0; i < element.parameterCount(); i++) {
                ElementType.ParameterSpec spec = element.type().parameters().get(i);
                result.add(new Parameter(element.parameterName(i), spec.unit(), spec.upperBound()));
            }
        }
        return List.copyOf(result);
    }

    /**
     * @param name a parameter name ({@code CPE1_alpha}) or impedance.py's indexed form of it ({@code CPE1_1})
     * @return its position in the parameter order of {@code structure}
     * @throws SimulationException naming the circuit's parameters if there is no such parameter
     */
    public static int parameterIndex(CircuitNode structure, String name) {
        List<Parameter> parameters = parametersOf(structure);
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name)) {
                return i;
            }
        }
        Matcher indexed = INDEXED.matcher(name);
        if (indexed.matches()) {
            List<Integer> ofElement = new ArrayList<>();
            for (int i = 0; i < parameters.size(); i++) {
                String parameter = parameters.get(i).name();
                if (parameter.equals(indexed.group(1)) || parameter.startsWith(indexed.group(1) + "_")) {
                    ofElement.add(i);
                }
            }
            int k = Integer.parseInt(indexed.group(2));
            if (k < ofElement.size()) {
                return ofElement.get(k);
            }
        }
        throw new SimulationException("the circuit '" + structure + "' has no parameter '" + name + "'; its"
                + " parameters are " + parameters.stream().map(Parameter::name).toList());
    }

    /** @return the same structure with other parameter values (validated like {@link #of}) */
    public Circuit withParameterValues(double... newValues) {
        return new Circuit(structure, parameters, newValues.clone()).validated();
    }

    /** @return the circuit tree */
    public CircuitNode structure() {
        return structure;
    }

    /** @return the parameters, in the order of {@link #parameterValues()} */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** @return a copy of the parameter values */
    public double[] parameterValues() {
        return values.clone();
    }

    /**
     * @param name a parameter name such as {@code CPE1_alpha}
     * @throws SimulationException if the circuit has no such parameter
     */
    public double parameterValue(String name) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name)) {
                return values[i];
            }
        }
        throw new SimulationException("circuit '" + structure + "' has no parameter '" + name
                + "'; its parameters are " + parameters.stream().map(Parameter::name).toList());
    }

    /** @return the label of the whole circuit, or its circuit string if it has none */
    public String label() {
        return structure.label().isEmpty() ? structure.toString() : structure.label();
    }

    /**
     * @param omega angular frequency in rad/s, finite and &gt; 0
     * @return Z(ω) in Ω
     * @throws SimulationException for an invalid ω or an impedance that overflows
     */
    public Complex impedance(double omega) {
        if (!(omega > 0) || Double.isInfinite(omega)) {
            throw new SimulationException("angular frequency must be finite and > 0 rad/s, got " + omega);
        }
        Complex z = evaluate(structure, omega, values);
        if (!isFinite(z)) {
            throw new SimulationException("impedance of '" + structure + "' at ω = " + omega
                    + " rad/s overflows a double (e.g. 1/(ωC) of a lone capacitor); use a higher frequency");
        }
        return z;
    }

    /**
     * @param omegas angular frequencies in rad/s
     * @return Z at each ω, in Ω
     */
    public Complex[] impedance(double[] omegas) {
        Complex[] result = new Complex[omegas.length];
        for (int i = 0; i < omegas.length; i++) {
            result[i] = impedance(omegas[i]);
        }
        return result;
    }

    /**
     * @param frequenciesHz frequencies in Hz, e.g. from {@link FrequencySweep}
     * @return the simulated spectrum
     * @throws SimulationException if the frequencies are empty, repeated or not positive
     */
    public Spectrum spectrum(double... frequenciesHz) {
        Spectrum.checkFrequencies(frequenciesHz);
        Complex[] z = new Complex[frequenciesHz.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = impedance(2 * FastMath.PI * frequenciesHz[i]);
        }
        return new Spectrum(frequenciesHz, z);
    }

    /**
     * @return the top-level series parts as circuits of their own (with their share of the parameter values
     *         and their labels), or this circuit alone if its top level is not a series connection
     */
    public List<Circuit> seriesParts() {
        if (!(structure instanceof Series series)) {
            return List.of(this);
        }
        List<Circuit> result = new ArrayList<>();
        int offset = 0;
        for (CircuitNode part : series.parts()) {
            int count = part.parameterCount();
            result.add(new Circuit(part, parameters.subList(offset, offset + count),
                    Arrays.copyOfRange(values, offset, offset + count)));
            offset += count;
        }
        return List.copyOf(result);
    }

    /**
     * @param omega angular frequency in rad/s
     * @return the impedance of each top-level series part, labelled; they sum to {@link #impedance(double)}
     */
    public List<Contribution> contributions(double omega) {
        return seriesParts().stream().map(part -> new Contribution(part.label(), part.impedance(omega))).toList();
    }

    /** @return the canonical circuit string, e.g. {@code R0-p(R1,CPE1)-Wo1} */
    @Override
    public String toString() {
        return structure.toString();
    }

    /**
     * Evaluates a structure with raw values: no range checks, for the fitter's trial and finite-difference
     * points (which may step just past a bound). The result may be non-finite.
     */
    static Complex evaluate(CircuitNode structure, double omega, double[] values) {
        return evaluate(structure, omega, values, new int[1]);
    }

    static boolean isFinite(Complex z) {
        return Double.isFinite(z.getReal()) && Double.isFinite(z.getImaginary());
    }

    private static Complex evaluate(CircuitNode node, double omega, double[] values, int[] nextParameter) {
        return switch (node) {
            case Element element -> {
                Complex z = element.type().impedance(omega, values, nextParameter[0]);
                nextParameter[0] += element.parameterCount();
                yield z;
            }
            case Series series -> {
                Complex sum = Complex.ZERO;
                for (CircuitNode part : series.parts()) {
                    sum = sum.add(evaluate(part, omega, values, nextParameter));
                }
                yield sum;
            }
            case Parallel parallel -> {
                Complex admittance = Complex.ZERO;
                for (CircuitNode branch : parallel.branches()) {
                    admittance = admittance.add(evaluate(branch, omega, values, nextParameter).reciprocal());
                }
                yield admittance.reciprocal();
            }
        };
    }

    private static List<Element> elementsOf(CircuitNode node, List<Element> into) {
        switch (node) {
            case Element element -> into.add(element);
            case Series series -> series.parts().forEach(part -> elementsOf(part, into));
            case Parallel parallel -> parallel.branches().forEach(branch -> elementsOf(branch, into));
        }
        return into;
    }

    private Circuit validated() {
        if (values.length != parameters.size()) {
            throw new SimulationException("circuit '" + structure + "' has " + parameters.size() + " parameters "
                    + parameters.stream().map(Parameter::name).toList() + " but " + values.length
                    + " values were given");
        }
        for (int i = 0; i < values.length; i++) {
            Parameter parameter = parameters.get(i);
            if (!parameter.admits(values[i])) {
                throw new SimulationException("parameter " + parameter.name() + " = " + values[i] + " "
                        + parameter.unit() + " is outside its admissible range " + parameter.range());
            }
        }
        return this;
    }
}

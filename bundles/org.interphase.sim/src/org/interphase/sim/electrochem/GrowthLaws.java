package org.interphase.sim.electrochem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.core.extensions.Contributions;
import org.interphase.sim.SimulationException;

/** The installed interphase growth laws ({@link GrowthLawContribution}), by id. */
public final class GrowthLaws {

    /** Lazy holder: the contributions are looked up once, on first use. */
    private static final class Installed {
        static final GrowthLaws INSTANCE = new GrowthLaws(Contributions.all(GrowthLawContribution.class,
                GrowthLawContribution.EXTENSION_POINT));
    }

    private final List<GrowthLawContribution> laws;

    private GrowthLaws(List<GrowthLawContribution> laws) {
        this.laws = List.copyOf(laws);
    }

    /** The built-in laws and those contributed through the extension registry or, headless, ServiceLoader. */
    public static GrowthLaws installed() {
        return Installed.INSTANCE;
    }

    /** All laws, in the order found. */
    public List<GrowthLawContribution> all() {
        return laws;
    }

    /** The law called {@code id}. */
    public Optional<GrowthLawContribution> find(String id) {
        return laws.stream().filter(law -> law.id().equals(id)).findFirst();
    }

    /**
     * The law {@code id} with these constants (SI units).
     *
     * @throws SimulationException if no such law is installed or a constant is missing or impossible
     */
    public InterphaseGrowthLaw create(String id, Map<String, Double> values) {
        return find(id).orElseThrow(() -> new SimulationException("no interphase growth law '" + id
                + "' is installed; installed laws: " + String.join(", ", laws.stream()
                        .map(GrowthLawContribution::id).toList()))).create(values);
    }

    /** The value of constant {@code name} for {@code law}, for implementations of {@link GrowthLawContribution#create}. */
    public static double constant(GrowthLawContribution law, Map<String, Double> values, String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new SimulationException("growth law " + law.id() + " needs the constant " + name + " in "
                    + law.constants().get(name));
        }
        return value;
    }
}

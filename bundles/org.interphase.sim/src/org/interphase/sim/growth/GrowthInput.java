package org.interphase.sim.growth;

/**
 * A deposition run for {@link GrowthEngine#grow(GrowthInput)}: plain values in SI units, so that
 * the binding layer builds them from a recipe and the materials and processes it names.
 */
public sealed interface GrowthInput permits AldInput, SupercycleInput, LbLInput, SputterInput,
        TechniqueInput, StatedFilm {

    /** The film that grows. */
    Film film();
}

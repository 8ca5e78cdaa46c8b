package org.interphase.sim.growth;

/**
 * A deposition run for {@link GrowthEngine#grow(GrowthInput)}: plain values in SI units, so that
 * a recipe compiler can build them directly; each type also has a factory from a library process.
 */
public sealed interface GrowthInput permits AldInput, SupercycleInput, LbLInput, SputterInput,
        TechniqueInput {

    /** Library material id of the film that grows. */
    String film();
}

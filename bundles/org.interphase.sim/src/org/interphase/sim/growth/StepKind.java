package org.interphase.sim.growth;

/** What one entry of {@link GrowthResult#thicknessAfterStep()} stands for. */
public enum StepKind {
    /** One ALD/MLD cycle. */
    CYCLE,
    /** One supercycle (all its subcycles). */
    SUPERCYCLE,
    /** One LbL bilayer. */
    BILAYER,
    /** A whole continuous run (sputtering): a single entry. */
    RUN
}

package org.interphase.sim.cycling;

/** Why a step ended. */
public enum StepEnd {
    /** The voltage reached the step's cut-off. */
    VOLTAGE,
    /** The current of a voltage hold fell to its limit. */
    CURRENT,
    /** The step lasted its given time. */
    TIME,
    /** The step passed its given charge. */
    CAPACITY,
    /** The cathode surface was fully lithiated or delithiated before any limit was met. */
    CATHODE_LIMIT,
    /** The Li anode ran out of Li. */
    LITHIUM_EXHAUSTED,
    /** The step reached the solver's longest step duration without meeting its limits. */
    STEP_TIME_LIMIT
}

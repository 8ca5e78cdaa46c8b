package org.interphase.product.uitest;

/** A step of the scenario did not happen as a user would see it; the message says which and what was on screen. */
final class ScenarioFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** True if {@link Results} wrote it down already. */
    private final boolean recorded;

    ScenarioFailure(String message) {
        this(message, false);
    }

    ScenarioFailure(String message, boolean recorded) {
        super(message);
        this.recorded = recorded;
    }

    ScenarioFailure(String message, Throwable cause) {
        super(message, cause);
        this.recorded = false;
    }

    boolean recorded() {
        return recorded;
    }
}

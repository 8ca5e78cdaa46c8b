package org.interphase.sim;

/**
 * The single exception type every simulation engine throws for inputs it cannot work with
 * (malformed circuit strings, non-physical parameters, empty or non-finite data, ill-posed fits).
 * <p>
 * It extends {@link IllegalArgumentException} because every such failure is a caller error that
 * the caller can fix; the message always says what is wrong and what to do about it.
 */
public class SimulationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong with the input and how to correct it
     */
    public SimulationException(String message) {
        super(message);
    }
}

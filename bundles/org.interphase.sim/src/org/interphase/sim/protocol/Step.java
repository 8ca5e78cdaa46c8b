package org.interphase.sim.protocol;

import java.util.List;
import java.util.Optional;

/**
 * One instruction of an experiment, as in PyBaMM's step strings: constant current
 * ("Discharge at C/10 until 2.5 V"), constant voltage ("Hold at 4.2 V until C/50") or open
 * circuit ("Rest for 1 hour"). Create steps with {@link #parse(String)}.
 */
public sealed interface Step {

    /** The conditions that end the step; the first one met wins. Never empty. */
    List<Termination> terminations();

    /** The sentence, in the canonical form {@link #parse(String)} reads back to an equal step. */
    String text();

    /**
     * Reads one PyBaMM-style sentence.
     *
     * @throws ProtocolException saying what is wrong, at which column, with an example of a valid sentence
     */
    static Step parse(String sentence) {
        return ProtocolParser.step(sentence, 0, 0);
    }

    /** The termination of a given kind, if the step has one. */
    default <T extends Termination> Optional<T> termination(Class<T> kind) {
        return terminations().stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }

    /** Constant current in one direction. */
    record ConstantCurrent(Direction direction, CurrentSetting current, List<Termination> terminations, String text)
            implements Step {
        public ConstantCurrent {
            terminations = List.copyOf(terminations);
        }
    }

    /** Constant voltage: the current follows whatever keeps the cell at {@code volts}. */
    record ConstantVoltage(double volts, String voltageText, List<Termination> terminations, String text)
            implements Step {
        public ConstantVoltage {
            terminations = List.copyOf(terminations);
        }
    }

    /** Open circuit: no current. */
    record Rest(List<Termination> terminations, String text) implements Step {
        public Rest {
            terminations = List.copyOf(terminations);
        }
    }
}

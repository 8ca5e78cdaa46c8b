package org.interphase.sim.stack;

import java.util.Objects;
import java.util.Optional;

import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;

/**
 * An electrode of a cell stack and how it exchanges Li⁺ with the stack, which decides the low-frequency end of
 * the spectrum: none for Li metal (facts.md §c1: no Warburg tail with non-blocking Li), a capacitive tail for a
 * blocking electrode, a finite-length diffusion tail for an intercalating one.
 *
 * @param name      e.g. the material id "Li" or "SS"
 * @param kind      how it exchanges Li⁺
 * @param diffusion the solid-state diffusion of an intercalating electrode; empty for the other kinds
 */
public record Electrode(String name, Kind kind, Optional<FiniteDiffusion> diffusion) {

    /** How an electrode exchanges Li⁺ with the stack. */
    public enum Kind {
        /** Li metal: Li⁺ is plated and stripped at the contact; only charge transfer. */
        NON_BLOCKING,
        /** Stainless steel, Ag, Cu: no Li⁺ crosses, so the contact is a pure double layer. */
        BLOCKING,
        /** An insertion electrode: charge transfer, then diffusion of Li in the solid. */
        INTERCALATING
    }

    /** @throws SimulationException if the diffusion is missing for an intercalating electrode or given for another */
    public Electrode {
        InputChecks.named(name, "electrode name");
        Objects.requireNonNull(kind, () -> "kind of electrode " + name);
        Objects.requireNonNull(diffusion, () -> "diffusion of electrode " + name + " (use Optional.empty())");
        if ((kind == Kind.INTERCALATING) != diffusion.isPresent()) {
            throw new SimulationException("electrode " + name + " is " + kind + ": an intercalating electrode needs its"
                    + " solid-state diffusion (FiniteDiffusion) and the other kinds take none");
        }
    }

    public static Electrode nonBlocking(String name) {
        return new Electrode(name, Kind.NON_BLOCKING, Optional.empty());
    }

    public static Electrode blocking(String name) {
        return new Electrode(name, Kind.BLOCKING, Optional.empty());
    }

    public static Electrode intercalating(String name, FiniteDiffusion diffusion) {
        return new Electrode(name, Kind.INTERCALATING, Optional.of(diffusion));
    }
}

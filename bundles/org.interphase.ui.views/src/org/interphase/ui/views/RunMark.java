package org.interphase.ui.views;

import java.util.function.Consumer;

/**
 * The description line of a view that shows a run: what it shows and, while the run's .iph file no longer holds the
 * text the run was made from, {@value #STALE}, so that nobody reads an old result as the file's. Simulating again
 * (or showing another run) clears it.
 */
final class RunMark {

    static final String STALE = "stale: the file changed since this run";

    private final Consumer<String> description;
    private String text = "";
    private boolean stale;

    /** @param description sets the view's description line */
    RunMark(Consumer<String> description) {
        this.description = description;
    }

    /** What the view shows now; "" while it shows nothing. */
    void describe(String shown) {
        text = shown;
        update();
    }

    void stale(boolean changed) {
        stale = changed;
        update();
    }

    private void update() {
        description.accept(stale && !text.isEmpty() ? text + " — " + STALE : text);
    }
}

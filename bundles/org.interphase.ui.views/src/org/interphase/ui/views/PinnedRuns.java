package org.interphase.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swtchart.LineStyle;

/**
 * The runs a result view keeps to compare later runs with: Pin keeps the run shown, and the view draws every pinned run
 * together with the one it shows, each in its own colour and line style with a legend entry naming it. Unpin drops the
 * run shown (or else the last pinned), Clear Pins all of them.
 *
 * @param <T> what the view draws of a run (a spectrum, a cycling result, ...)
 */
public final class PinnedRuns<T> {

    /**
     * A run as the view remembers it.
     *
     * @param name the legend entry: experiment, stack and when it ran
     * @param data what the view draws of it
     */
    public record Pin<T>(String name, T data) {
    }

    /** Dark colours that neither the palette of the contributions and cycles nor the measured overlays use. */
    private static final RGB[] COLOURS = {
        new RGB(128, 0, 64), new RGB(0, 0, 128), new RGB(110, 70, 0), new RGB(0, 96, 96), new RGB(90, 90, 90),
    };

    /**
     * One line style per pin, so runs stay apart in a grey print too; solid (the run shown) and dashed (contributions,
     * discharges) are taken.
     */
    private static final LineStyle[] STYLES = {
        LineStyle.DASHDOT, LineStyle.DOT, LineStyle.DASHDOTDOT,
    };

    private final List<Pin<T>> pins = new ArrayList<>();
    private final Runnable redraw;
    private Pin<T> shown;

    /** @param redraw draws the view again after the pins changed */
    PinnedRuns(Runnable redraw) {
        this.redraw = redraw;
    }

    /** The run the view shows now; {@code data == null} when it shows none. */
    void show(String name, T data) {
        shown = data == null ? null : new Pin<>(name, data);
    }

    /** The legend entry of the run shown; null if the view shows none. */
    public String shownName() {
        return shown == null ? null : shown.name();
    }

    /** Pins the run shown; false if the view shows none. Pinning it again changes nothing. */
    public boolean pinShown() {
        if (shown == null) {
            return false;
        }
        if (pins.stream().noneMatch(p -> p.name().equals(shown.name()))) {
            pins.add(shown);
            redraw.run();
        }
        return true;
    }

    /** Unpins the run shown if it is pinned, else the last one pinned. */
    public void unpin() {
        if (pins.isEmpty()) {
            return;
        }
        if (shown == null || !pins.removeIf(p -> p.name().equals(shown.name()))) {
            pins.remove(pins.size() - 1);
        }
        redraw.run();
    }

    public void clear() {
        pins.clear();
        redraw.run();
    }

    /** Every pinned run, in the order pinned. */
    public List<Pin<T>> pins() {
        return List.copyOf(pins);
    }

    /** The pinned runs other than the one shown: what the view draws beside it. */
    public List<Pin<T>> others() {
        return pins.stream().filter(p -> shown == null || !p.name().equals(shown.name())).toList();
    }

    /** Whether runs are compared: something is pinned besides the run shown. */
    public boolean comparing() {
        return !others().isEmpty();
    }

    /** The colour of a pinned run (by its place among the pins, so it keeps it while others come and go after it). */
    public RGB colour(Pin<T> pin) {
        return COLOURS[Math.floorMod(indexOf(pin), COLOURS.length)];
    }

    public LineStyle style(Pin<T> pin) {
        return STYLES[Math.floorMod(indexOf(pin), STYLES.length)];
    }

    private int indexOf(Pin<T> pin) {
        for (int i = 0; i < pins.size(); i++) {
            if (pins.get(i).name().equals(pin.name())) {
                return i;
            }
        }
        return pins.size();
    }

    /** Adds Pin, Unpin and Clear Pins to a view's toolbar. */
    void addActions(IToolBarManager toolbar) {
        toolbar.add(action("Pin", "Pin this run: later runs are drawn together with it, each with its own line and"
                + " legend entry", this::pinShown));
        toolbar.add(action("Unpin", "Unpin the run shown (or else the run pinned last)", this::unpin));
        toolbar.add(action("Clear Pins", "Unpin every run", this::clear));
    }

    private static IAction action(String text, String tooltip, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tooltip);
        return action;
    }
}

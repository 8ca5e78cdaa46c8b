package org.interphase.ui.views;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * "Result:" above a view's plots: a list of every result of the run shown that the view can draw (two impedance
 * sweeps of one experiment, each temperature of a series, the cycling and the rate-capability test). Hidden while
 * the run has only one, so a simple run's view looks as before.
 *
 * @param <T> what the view draws of one result
 */
final class ResultChooser<T> {

    /**
     * One result to choose.
     *
     * @param label how the list names it, e.g. "2-impedance at 40.00 °C"
     * @param value what the view draws
     */
    record Choice<T>(String label, T value) {
    }

    private final Composite row;
    private final Combo combo;
    private final Consumer<T> chosen;
    private List<Choice<T>> choices = List.of();

    /** @param chosen shows the result the user picked */
    ResultChooser(Composite parent, Consumer<T> chosen) {
        this.chosen = chosen;
        row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(row, SWT.NONE).setText("Result:");
        combo = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.addListener(SWT.Selection, e -> {
            int index = combo.getSelectionIndex();
            if (index >= 0 && index < choices.size()) {
                chosen.accept(choices.get(index).value());
            }
        });
        set(List.of());
    }

    /** Lists the run's results, the first selected; the row shows only when there are two or more. */
    void set(List<Choice<T>> all) {
        choices = List.copyOf(all);
        combo.setItems(choices.stream().map(Choice::label).toArray(String[]::new));
        if (!choices.isEmpty()) {
            combo.select(0);
        }
        boolean visible = choices.size() > 1;
        ((GridData) row.getLayoutData()).exclude = !visible;
        row.setVisible(visible);
        row.getParent().layout(true, true);
    }

    /** Lists a run's results by their labels and draws the first (null: none, the view's empty state). */
    void show(List<T> results, Function<T, String> label) {
        set(results.stream().map(r -> new Choice<>(label.apply(r), r)).toList());
        chosen.accept(results.isEmpty() ? null : results.get(0));
    }

    /** What the list offers, in order. */
    List<String> labels() {
        return choices.stream().map(Choice::label).toList();
    }

    /** The label of the result shown, or null when there is none. */
    String selected() {
        int index = combo.getSelectionIndex();
        return index < 0 || index >= choices.size() ? null : choices.get(index).label();
    }

    /** Selects the result labelled so as the user does, drawing it; false if the run has none of that label. */
    boolean select(String label) {
        int index = labels().indexOf(label);
        if (index < 0) {
            return false;
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, null);
        return true;
    }

    boolean isVisible() {
        return row.getVisible();
    }
}

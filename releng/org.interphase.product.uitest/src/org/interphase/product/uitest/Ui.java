package org.interphase.product.uitest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.interphase.ui.testing.Screenshots;

/**
 * Drives the workbench from the driver thread as a user would: every widget access runs on the UI thread, and
 * actions that open a modal dialog are posted, so that the driver can go on and work the dialog while the UI thread
 * runs its event loop.
 */
final class Ui {

    private static final long POLL_MILLIS = 200;

    private final Display display;

    Ui(Display display) {
        this.display = display;
    }

    /** Runs {@code action} on the UI thread and returns its result; its exception fails the scenario. */
    <T> T call(Callable<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(action.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw new ScenarioFailure("UI action failed: " + failure.get(), failure.get());
        }
        return result.get();
    }

    void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** Posts {@code action} to the UI thread without waiting: for a click that opens a modal dialog. */
    void later(Runnable action) {
        display.asyncExec(action);
    }

    /**
     * Polls {@code probe} on the UI thread until it answers something other than null or false; fails with
     * {@code what} and what {@code state} then tells if {@code timeout} passes first.
     */
    <T> T waitFor(String what, Duration timeout, Callable<T> probe, Callable<String> state) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = call(probe);
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new ScenarioFailure("no " + what + " within " + timeout.toSeconds() + " s; " + call(state));
            }
            pause(POLL_MILLIS);
        }
    }

    <T> T waitFor(String what, Duration timeout, Callable<T> probe) {
        return waitFor(what, timeout, probe, this::openShells);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScenarioFailure("interrupted", e);
        }
    }

    /** The visible shell titled {@code title}, or null; on the UI thread. */
    Shell shell(Predicate<String> title) {
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && title.test(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    /** The visible shell that shows a button labelled {@code label}, or null; on the UI thread. */
    Shell shellWithButton(String label) {
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && button(shell, label) != null) {
                return shell;
            }
        }
        return null;
    }

    /** The titles of the visible shells and the labels of their buttons, for a failure message; on the UI thread. */
    String openShells() {
        List<String> shells = new ArrayList<>();
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible()) {
                shells.add("'" + shell.getText() + "' " + all(shell, Button.class).stream()
                        .filter(Control::isVisible).map(button -> plain(button.getText())).toList());
            }
        }
        return "open windows: " + shells;
    }

    /** Every control of type {@code type} under {@code root}, in tree order. */
    static <T extends Control> List<T> all(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
        if (type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }

    /** The visible button of {@code shell} labelled {@code label} (mnemonics ignored), or null. */
    static Button button(Shell shell, String label) {
        return all(shell, Button.class).stream().filter(b -> b.isVisible() && plain(b.getText()).startsWith(label))
                .findFirst().orElse(null);
    }

    static boolean enabled(Button button) {
        return button != null && button.isEnabled();
    }

    /** A click: a check box or radio button changes its state first, as it does under the mouse. */
    static void click(Button button) {
        if ((button.getStyle() & SWT.RADIO) != 0) {
            button.setSelection(true);
        } else if ((button.getStyle() & SWT.CHECK) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** A label as shown: without its mnemonic marker and accelerator. */
    static String plain(String label) {
        int tab = label.indexOf('\t');
        return (tab < 0 ? label : label.substring(0, tab)).replace("&", "").trim();
    }

    void screenshot(Shell shell, String name) {
        call(() -> Screenshots.save(shell, name));
    }
}

package org.interphase.ui.runs;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/**
 * Which element of a file a command runs (an experiment for Simulate, a study for Run Study): the one named by the
 * command's parameter, else the one at the caret, else the only one, else the one the user picks in a dialog.
 *
 * @param title the command's name, the dialogs' title
 * @param noun  "experiment" or "study"
 * @param verb  "simulate" or "run"
 */
record Choice<T>(String title, String noun, String verb, Function<T, String> name) {

    Optional<T> choose(String named, Optional<T> atCaret, List<T> all, String file, Shell shell) {
        if (all.isEmpty()) {
            MessageDialog.openInformation(shell, title, file + " has no " + noun + " to " + verb + ".");
            return Optional.empty();
        }
        if (named != null) {
            Optional<T> found = all.stream().filter(each -> named.equals(name.apply(each))).findFirst();
            if (found.isEmpty()) {
                MessageDialog.openError(shell, title, file + " has no " + noun + " '" + named + "'; it has "
                        + all.stream().map(name).toList() + ".");
            }
            return found;
        }
        if (atCaret.isPresent() || all.size() == 1) {
            return atCaret.or(() -> Optional.of(all.get(0)));
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @SuppressWarnings("unchecked")
            @Override
            public String getText(Object element) {
                return name.apply((T) element);
            }
        });
        dialog.setTitle(title);
        dialog.setMessage("Which " + noun + " of " + file + " do you want to " + verb + "?");
        dialog.setElements(all.toArray());
        dialog.setMultipleSelection(false);
        @SuppressWarnings("unchecked")
        Optional<T> picked = dialog.open() == ElementListSelectionDialog.OK
                ? Optional.of((T) dialog.getFirstResult()) : Optional.empty();
        return picked;
    }
}

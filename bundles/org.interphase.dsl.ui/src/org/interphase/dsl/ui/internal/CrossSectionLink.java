package org.interphase.dsl.ui.internal;

import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.jface.text.Position;
import org.eclipse.ui.IWorkbenchPage;
import org.interphase.ui.InterphaseIds;
import org.interphase.ui.views.StackCrossSectionView;

/**
 * Keeps the Stack Cross-Section view on the stack the user is editing: after every reconcile, and when the caret
 * moves into another stack (or an experiment on it), the view shows that stack; clicking a layer in the view selects
 * its line in the editor. The view is only updated if it is open: editing never pops it up.
 */
final class CrossSectionLink {

    private final InterphaseEditor editor;
    private volatile List<StackSketches.Sketch> sketches = List.of();
    private StackSketches.Sketch shown;
    private StackCrossSectionView listenedTo;
    private final IntConsumer clicks = this::select;

    CrossSectionLink(InterphaseEditor editor) {
        this.editor = editor;
    }

    /** New sketches from the reconciler's thread; shown by the next {@link #refresh(int)}. */
    void sketches(List<StackSketches.Sketch> latest) {
        sketches = List.copyOf(latest);
    }

    /** Shows the stack at {@code caret} (or the one shown before, or the first); UI thread. */
    void refresh(int caret) {
        List<StackSketches.Sketch> all = sketches;
        if (all.isEmpty()) {
            return;
        }
        StackSketches.Sketch chosen = all.stream().filter(s -> s.contains(caret)).findFirst()
                .or(() -> all.stream().filter(s -> shown != null && s.name().equals(shown.name())).findFirst())
                .orElse(all.get(0));
        StackCrossSectionView view = view();
        if (view == null) {
            return;
        }
        if (listenedTo != view) {
            detach();
            view.addLayerClickListener(clicks);
            listenedTo = view;
        }
        shown = chosen;
        view.show(chosen.input());
    }

    void dispose() {
        detach();
    }

    private void detach() {
        if (listenedTo != null) {
            listenedTo.removeLayerClickListener(clicks);
            listenedTo = null;
        }
    }

    private StackCrossSectionView view() {
        IWorkbenchPage page = editor.getSite().getPage();
        return page.findView(InterphaseIds.STACK_CROSS_SECTION_VIEW) instanceof StackCrossSectionView view ? view
                : null;
    }

    /** A click on drawn layer {@code index}: select its line, if the file writes it. */
    private void select(int index) {
        StackSketches.Sketch current = shown;
        if (current == null || index >= current.layers().size() || current.layers().get(index) == null) {
            return;
        }
        Position line = current.layers().get(index);
        editor.selectAndReveal(line.getOffset(), line.getLength());
        editor.getSite().getPage().activate(editor);
    }
}

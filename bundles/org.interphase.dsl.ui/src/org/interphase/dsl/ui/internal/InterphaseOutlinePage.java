package org.interphase.dsl.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline view's page for the Interphase editor; selecting a node selects its text in the editor. Typing mostly
 * moves the elements without changing their labels; then the tree stays as it is (rebuilding a big tree on every check
 * would stall typing) and only the text positions behind its nodes are renewed.
 */
final class InterphaseOutlinePage extends ContentOutlinePage {

    private final ITextEditor editor;
    /** The items the tree shows; their labels are those of {@link #items}, their offsets may be older. */
    private List<OutlineItem> shown = List.of();
    private List<OutlineItem> items = List.of();

    InterphaseOutlinePage(ITextEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return ((OutlineItem) parent).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((OutlineItem) element).children().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((OutlineItem) element).label();
            }
        });
        show(items);
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (event.getSelection() instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof OutlineItem node) {
            OutlineItem item = current(node);
            editor.selectAndReveal(item.offset(), item.length());
        }
    }

    /** Shows {@code newItems}; UI thread only. */
    void update(List<OutlineItem> newItems) {
        boolean sameLabels = OutlineItem.labelsOf(newItems).equals(OutlineItem.labelsOf(shown));
        items = newItems;
        TreeViewer viewer = getTreeViewer();
        if (!sameLabels && viewer != null && !viewer.getControl().isDisposed()) {
            show(newItems);
        }
    }

    private void show(List<OutlineItem> newItems) {
        shown = newItems;
        getTreeViewer().setInput(newItems);
        getTreeViewer().expandAll();
    }

    /** The current item at the place of {@code node} of the tree. */
    private OutlineItem current(OutlineItem node) {
        List<Integer> path = new ArrayList<>();
        if (!pathOf(node, shown, path)) {
            return node;
        }
        List<OutlineItem> level = items;
        OutlineItem item = node;
        for (int index : path) {
            item = level.get(index);
            level = item.children();
        }
        return item;
    }

    private static boolean pathOf(OutlineItem node, List<OutlineItem> level, List<Integer> path) {
        for (int i = 0; i < level.size(); i++) {
            path.add(i);
            if (level.get(i) == node || pathOf(node, level.get(i).children(), path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    List<OutlineItem> items() {
        return items;
    }
}

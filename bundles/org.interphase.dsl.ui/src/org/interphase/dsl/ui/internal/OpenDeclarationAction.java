package org.interphase.dsl.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.interphase.dsl.ui.InterphaseEditorIds;

/** F3: goes to the declaration of the reference at the caret, as Ctrl+click does. */
final class OpenDeclarationAction extends Action {

    private final InterphaseEditor editor;
    private final InterphaseHyperlinkDetector detector;

    OpenDeclarationAction(InterphaseEditor editor, InterphaseHyperlinkDetector detector) {
        super("Open Declaration");
        this.editor = editor;
        this.detector = detector;
        setActionDefinitionId(InterphaseEditorIds.OPEN_DECLARATION_COMMAND);
    }

    @Override
    public void run() {
        if (!(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
            return;
        }
        IHyperlink[] links = detector.detectHyperlinks(editor.viewer(), new Region(selection.getOffset(), 0), false);
        if (links == null || links.length == 0) {
            editor.showStatus("No declaration here: put the caret on a reference to a material, recipe, stack or source"
                    + " (or wait until the file has been checked)", true);
        } else {
            links[0].open();
        }
    }
}

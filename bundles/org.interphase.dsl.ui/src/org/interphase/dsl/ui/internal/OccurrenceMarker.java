package org.interphase.dsl.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.interphase.dsl.ide.refactoring.NameOccurrences;
import org.interphase.dsl.ide.refactoring.NameOccurrences.Occurrence;
import org.interphase.dsl.ui.InterphaseEditorIds;

/**
 * Mark occurrences: highlights every place in the file where the name at the caret is written, from the reconciler's
 * parse (so the UI thread never parses); nothing while the file is being checked after an edit.
 */
final class OccurrenceMarker {

    private final InterphaseEditor editor;
    private Annotation[] shown = new Annotation[0];

    OccurrenceMarker(InterphaseEditor editor) {
        this.editor = editor;
    }

    /** Highlights the occurrences of the name at {@code caret}, or none if no name is there. */
    void update(int caret) {
        IDocument document = editor.document();
        IAnnotationModel annotations = editor.viewer() == null ? null : editor.viewer().getAnnotationModel();
        if (document == null || !(annotations instanceof IAnnotationModelExtension model)) {
            return;
        }
        List<Occurrence> occurrences = editor.reconciledResource(document.get())
                .flatMap(file -> NameOccurrences.elementAt(file, caret).map(element -> NameOccurrences.in(element,
                        file)))
                .orElse(List.of());
        Map<Annotation, Position> added = new HashMap<>();
        for (Occurrence occurrence : occurrences) {
            added.put(new Annotation(InterphaseEditorIds.OCCURRENCE_ANNOTATION, false, "occurrence"),
                    new Position(occurrence.offset(), occurrence.length()));
        }
        model.replaceAnnotations(shown, added);
        shown = added.keySet().toArray(Annotation[]::new);
    }

    /** The highlighted regions, in no particular order. */
    List<Position> shown() {
        IAnnotationModel annotations = editor.viewer().getAnnotationModel();
        return List.of(shown).stream().map(annotations::getPosition).filter(p -> p != null).toList();
    }
}

package org.interphase.dsl.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes.TextEdit;
import org.interphase.dsl.ide.refactoring.NameOccurrences;
import org.interphase.dsl.ide.refactoring.NameOccurrences.Occurrence;

/**
 * Rename and find references for the element whose name is at the editor's caret, across the .iph files of the
 * editor's project (see {@link NameOccurrences}). Elements of the installed library are read-only.
 */
final class NamedElements {

    /** A name the grammar reads as one identifier (ASCII; the grammar allows a few symbols besides). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private static final Set<String> KEYWORDS = Set.copyOf(GrammarUtil.getAllKeywords(
            LanguageServices.injector().getInstance(IGrammarAccess.class).getGrammar()));

    /** The element at the caret and the parse of the project it was found in. */
    record Target(EObject element, String name, XtextResource file) {
    }

    private NamedElements() {
    }

    /** The element named at {@code offset} of the editor's text; none where no name is. */
    static Optional<Target> at(InterphaseEditor editor, int offset) {
        IDocument document = editor.document();
        if (document == null) {
            return Optional.empty();
        }
        return editor.modelOf(document.get()).flatMap(file -> NameOccurrences.elementAt(file, offset)
                .filter(element -> element.eClass().getEStructuralFeature("name") != null)
                .map(element -> new Target(element,
                        String.valueOf(element.eGet(element.eClass().getEStructuralFeature("name"))), file)));
    }

    /** Why {@code newName} cannot replace the target's name; empty if it can. */
    static Optional<String> problem(Target target, String newName) {
        if (!NAME.matcher(newName).matches()) {
            return Optional.of("'" + newName + "' is not a name: start with a letter, then letters, digits, _ or -");
        }
        if (KEYWORDS.contains(newName)) {
            return Optional.of("'" + newName + "' is a keyword of the language");
        }
        if (!isInWorkspace(target.element())) {
            return Optional.of(target.name() + " is declared in the installed library, which is read-only; declare "
                    + "your own in a file of the project to name it differently");
        }
        return Optional.empty();
    }

    /**
     * Renames the target in its declaration and every reference of the project's files, each file as one change.
     *
     * @return the files changed
     * @throws IllegalStateException if a file to change has unsaved changes in another editor, whose text the
     *                               rename did not see
     */
    static List<IFile> rename(Target target, String newName) throws CoreException {
        Map<URI, List<TextEdit>> edits = NameOccurrences.rename(target.element(), target.file().getResourceSet(),
                newName);
        // All files are checked before any is changed, so a rename is made everywhere or nowhere.
        for (URI file : edits.keySet()) {
            if (!FileEdits.textOf(fileOf(file)).orElse("").equals(parsedText(target, file))) {
                throw new IllegalStateException(fileOf(file).getName() + " has changed since it was read (unsaved "
                        + "in another editor?); save it and rename again");
            }
        }
        List<IFile> changed = new ArrayList<>();
        for (Map.Entry<URI, List<TextEdit>> file : edits.entrySet()) {
            if (FileEdits.apply(fileOf(file.getKey()), text -> file.getValue())) {
                changed.add(fileOf(file.getKey()));
            }
        }
        return changed;
    }

    /** An occurrence with its line, as a list shows it: "cell.iph:12: electrolyte pellet: LATP". */
    record Place(Occurrence occurrence, int line, String lineText) {
        @Override
        public String toString() {
            return occurrence.file().lastSegment() + ":" + line + ": " + lineText;
        }
    }

    /** Where the target's name is written in the project's files: its declaration first, then file by file. */
    static List<Place> places(Target target) {
        List<Place> places = new ArrayList<>();
        List<Occurrence> occurrences = new ArrayList<>(NameOccurrences.of(target.element(),
                target.file().getResourceSet()));
        // A stable sort: the uses keep their order.
        occurrences.sort(Comparator.comparing(occurrence -> !occurrence.declaration()));
        for (Occurrence occurrence : occurrences) {
            String text = parsedText(target, occurrence.file());
            int start = text.lastIndexOf('\n', occurrence.offset() - 1) + 1;
            int end = text.indexOf('\n', occurrence.offset());
            int line = (int) text.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
            places.add(new Place(occurrence, line, text.substring(start, end < 0 ? text.length() : end).strip()));
        }
        return places;
    }

    static IFile fileOf(URI uri) {
        return ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
    }

    private static String parsedText(Target target, URI uri) {
        Resource resource = target.file().getResourceSet().getResource(uri, false);
        return ((XtextResource) resource).getParseResult().getRootNode().getText();
    }

    private static boolean isInWorkspace(EObject element) {
        URI uri = element.eResource() == null ? null : element.eResource().getURI();
        return uri != null && uri.isPlatformResource();
    }
}

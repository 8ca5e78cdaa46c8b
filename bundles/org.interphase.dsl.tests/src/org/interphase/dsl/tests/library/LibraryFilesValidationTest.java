package org.interphase.dsl.tests.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.library.LibraryFiles;
import org.interphase.dsl.tests.InterphaseInjectorProvider;
import org.interphase.dsl.tests.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The library files a user opens from the editor (F3 on a library name) are checked by the validator that checks the
 * user's own files, as {@code ./interphase validate} would: the built-in files and the example plug-in's file show no
 * error and no warning, so a user who reads them sees a clean file and can copy an entry into their own.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class LibraryFilesValidationTest {

    /** The example plug-in's library, which shows plug-in authors how to write one. */
    private static final Path PLD = Path.of(System.getProperty("interphase.examples"),
            "org.example.interphase.pld/src/org/example/interphase/pld/pld.iph");

    @Inject
    private TestModels models;
    @Inject
    private IResourceValidator validator;

    @Test
    void everyBuiltInAndPlugInLibraryFileHasNoErrorAndNoWarning() throws IOException {
        List<LibraryFiles.Text> files = new ArrayList<>(Libraries.builtInFiles());
        files.add(new LibraryFiles.Text("org.example.interphase.pld/pld.iph", Files.readString(PLD)));
        // Together, as the library reads them: a file cites the sources that sources.iph declares.
        XtextResourceSet resources = models.newResourceSet();
        List<Resource> loaded = files.stream()
                .map(file -> models.parse(file.text(), file.name(), resources).eResource()).toList();

        List<String> problems = new ArrayList<>();
        for (Resource resource : loaded) {
            for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
                if (issue.getSeverity() == Severity.ERROR || issue.getSeverity() == Severity.WARNING) {
                    problems.add(resource.getURI() + ":" + issue.getLineNumber() + ": " + issue.getSeverity()
                            + ": " + issue.getMessage());
                }
            }
        }

        assertTrue(loaded.size() >= 9, "built-in files and pld.iph: " + loaded.size());
        assertEquals(List.of(), problems);
    }
}

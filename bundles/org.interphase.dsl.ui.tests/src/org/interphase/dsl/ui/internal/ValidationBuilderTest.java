package org.interphase.dsl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.interphase.dsl.ui.InterphaseEditorIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The project builder keeps markers current across files: breaking a file marks the files that import from it. */
class ValidationBuilderTest {

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = ExampleProject.create("paa-peo-builder", "paa-peo-on-latp", true);
    }

    @AfterEach
    void deleteProject() throws Exception {
        project.delete(true, true, null);
    }

    @Test
    void aChangeInAnImportedFileRevalidatesTheImportingFile() throws Exception {
        IFile main = project.getFile("paa-peo-on-latp.iph");
        IFile chemicals = project.getFile("chemicals.iph");
        assertTrue(List.of(project.getDescription().getBuildSpec()).stream()
                .anyMatch(command -> command.getBuilderName().equals(InterphaseEditorIds.BUILDER)),
                "the nature should install the validation builder");
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        assertEquals(0, ExampleProject.errors(main).size(), "the example is valid");

        String original = new String(chemicals.getContents().readAllBytes(), StandardCharsets.UTF_8);
        setContents(chemicals, original.replace("polymer PEI ", "polymer PEX "));
        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        assertTrue(ExampleProject.errors(main).stream()
                .anyMatch(marker -> marker.getAttribute(IMarker.MESSAGE, "").contains("PEI")),
                () -> "the main file's reference to PEI should be marked once chemicals.iph no longer declares it: "
                        + messages(main));

        setContents(chemicals, original);
        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        assertEquals(0, ExampleProject.errors(main).size(), "the marker should go when PEI is back");
    }

    private static List<String> messages(IFile file) {
        try {
            return ExampleProject.errors(file).stream().map(marker -> marker.getAttribute(IMarker.MESSAGE, "")).toList();
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setContents(IFile file, String text) throws Exception {
        file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
    }
}

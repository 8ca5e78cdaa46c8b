package org.interphase.dsl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.interphase.dsl.ui.InterphaseEditorIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The project builder keeps markers current across files: breaking a file marks the files that import from it. */
class ValidationBuilderTest {

    @RegisterExtension
    final ExampleWorkspace workspace = new ExampleWorkspace("paa-peo-builder", "paa-peo-on-latp", true);

    @Test
    void aChangeInAnImportedFileRevalidatesTheImportingFile() throws Exception {
        IFile main = workspace.project().getFile("paa-peo-on-latp.iph");
        IFile chemicals = workspace.project().getFile("chemicals.iph");
        assertTrue(List.of(workspace.project().getDescription().getBuildSpec()).stream()
                .anyMatch(command -> command.getBuilderName().equals(InterphaseEditorIds.BUILDER)),
                "the nature should install the validation builder");
        workspace.project().build(IncrementalProjectBuilder.FULL_BUILD, null);
        assertEquals(0, ExampleProject.errors(main).size(), "the example is valid");

        String original = new String(chemicals.getContents().readAllBytes(), StandardCharsets.UTF_8);
        setContents(chemicals, original.replace("polymer PEI ", "polymer PEX "));
        workspace.project().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        assertTrue(ExampleProject.errors(main).stream()
                .anyMatch(marker -> marker.getAttribute(IMarker.MESSAGE, "").contains("PEI")),
                () -> "the main file's reference to PEI should be marked once chemicals.iph no longer declares it: "
                        + messages(main));

        setContents(chemicals, original);
        workspace.project().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
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

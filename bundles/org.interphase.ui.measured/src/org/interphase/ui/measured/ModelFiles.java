package org.interphase.ui.measured;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.diagnostics.Severity;
import org.interphase.dsl.InterphaseStandaloneSetup;
import org.interphase.model.Model;

import com.google.inject.Injector;

/**
 * The {@code .iph} files of one project parsed into one resource set, so that references between them resolve; one
 * file is parsed from the text an editor holds (which may be unsaved) rather than from disk, so what is compared and
 * fitted is what the user sees.
 */
final class ModelFiles {

    private static final class Language {
        // The editor's language services may have registered the language already; its injector is then shared,
        // else the runtime's is created (which registers the .iph resource factory with EMF).
        static final Injector INJECTOR = IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap()
                .get("iph") instanceof IResourceServiceProvider registered && registered.get(Injector.class) != null
                        ? registered.get(Injector.class)
                        : new InterphaseStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    private final XtextResourceSet resources = Language.INJECTOR.getInstance(XtextResourceSet.class);
    private final Resource edited;

    /** Parses the {@code .iph} files of {@code file}'s project, {@code file} itself from {@code text}. */
    ModelFiles(IFile file, String text) throws CoreException {
        file.getProject().accept(resource -> {
            if (resource.getType() == IResource.FILE && "iph".equals(resource.getFileExtension())
                    && !resource.equals(file)) {
                try (InputStream in = ((IFile) resource).getContents(true)) {
                    load((IFile) resource, in.readAllBytes());
                } catch (IOException e) {
                    throw new CoreException(org.eclipse.core.runtime.Status.error("cannot read " + resource, e));
                }
            }
            return true;
        });
        edited = load(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private Resource load(IFile file, byte[] content) {
        Resource resource = resources.createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
        try {
            resource.load(new ByteArrayInputStream(content), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        } catch (IOException e) {
            // Reading from memory cannot fail; syntax errors are issues, not exceptions.
            throw new IllegalStateException("cannot parse " + file, e);
        }
        return resource;
    }

    /** The model of the edited file; null for an empty file. */
    Model model() {
        return edited.getContents().isEmpty() ? null : (Model) edited.getContents().get(0);
    }

    /** The errors (not warnings) of the edited file, as "file.iph:line: message". */
    List<String> errors() {
        List<Issue> issues = Language.INJECTOR.getInstance(IResourceValidator.class).validate(edited, CheckMode.ALL,
                CancelIndicator.NullImpl);
        String name = edited.getURI().lastSegment();
        return issues.stream().filter(issue -> issue.getSeverity() == Severity.ERROR)
                .map(issue -> name + ":" + issue.getLineNumber() + ": " + issue.getMessage()).toList();
    }
}

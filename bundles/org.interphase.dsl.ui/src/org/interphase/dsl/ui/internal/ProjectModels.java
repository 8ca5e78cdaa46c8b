package org.interphase.dsl.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * The {@code .iph} files of one project parsed into one resource set, so that references between the files resolve
 * (the language's global scope is the resource set), and validated with the language's {@link IResourceValidator}.
 * Reads the workspace files, or for the file open in an editor, the editor's text.
 */
final class ProjectModels {

    static final String FILE_EXTENSION = "iph";

    private final Injector injector = LanguageServices.injector();
    private final XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);

    /** Parses every {@code .iph} file of {@code project}; {@code editedFile}, if not null, from {@code editedText}. */
    ProjectModels(IProject project, IFile editedFile, String editedText) throws CoreException {
        for (IFile file : filesOf(project)) {
            if (file.equals(editedFile)) {
                load(file, editedText.getBytes(Charset.forName(file.getCharset())), file.getCharset());
            } else {
                try (InputStream in = file.getContents(true)) {
                    load(file, in.readAllBytes(), file.getCharset());
                } catch (IOException e) {
                    throw new CoreException(org.eclipse.core.runtime.Status.error("cannot read " + file, e));
                }
            }
        }
        if (editedFile != null && resourceSet.getResource(uriOf(editedFile), false) == null) {
            // Not (yet) in the workspace, e.g. a new file: still validate the text against the project's files.
            // Asked of the resource set, not of the file: a file that appears while the project is being created
            // may already have been read above.
            load(editedFile, editedText.getBytes(Charset.defaultCharset()), Charset.defaultCharset().name());
        }
    }

    /** The .iph files of {@code project}, at any depth. */
    static List<IFile> filesOf(IProject project) throws CoreException {
        List<IFile> files = new ArrayList<>();
        if (project.isAccessible()) {
            project.accept(resource -> {
                if (resource.getType() == IResource.FILE && FILE_EXTENSION.equals(resource.getFileExtension())) {
                    files.add((IFile) resource);
                }
                return true;
            });
        }
        return files;
    }

    private void load(IFile file, byte[] content, String charset) {
        Resource resource = resourceSet.createResource(uriOf(file));
        try {
            resource.load(new ByteArrayInputStream(content), Map.of(XtextResource.OPTION_ENCODING, charset));
        } catch (IOException e) {
            // Cannot happen when reading from memory; parse errors are issues, not exceptions.
            throw new IllegalStateException("cannot parse " + file, e);
        }
    }

    /**
     * The issues of {@code file}, which must have been parsed by this instance: the fast checks while the user types
     * ({@link CheckMode#FAST_ONLY}), all of them (compiling each experiment too) when the file is built or saved.
     */
    List<Issue> validate(IFile file, CheckMode mode, CancelIndicator cancel) {
        return injector.getInstance(IResourceValidator.class).validate(resourceOf(file), mode, cancel);
    }

    /** The parsed {@code file}, which must have been parsed by this instance. */
    Resource resourceOf(IFile file) {
        Resource resource = resourceSet.getResource(uriOf(file), false);
        if (resource == null) {
            throw new IllegalArgumentException(file + " is not an .iph file of " + file.getProject());
        }
        return resource;
    }

    private static URI uriOf(IFile file) {
        return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
    }
}

package org.interphase.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.InterphaseStandaloneSetup;

import com.google.inject.Injector;

/**
 * Loads .iph files into one resource set, so that they can import each other, and validates them. The language is
 * set up standalone (no extension registry), which works on a plain class path and inside Equinox alike.
 */
final class ModelFiles {

    static final String EXTENSION = ".iph";

    /** Lazy holder: setting the language up takes a moment and is needed once per process. */
    private static final class Language {
        static final Injector INJECTOR = new InterphaseStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    /** A problem of a file, as the validator reports it. */
    record Problem(Path file, Issue issue) {

        /** "file:line:col: severity: message", the format compilers and editors understand. */
        String describe(Path base) {
            return display(file, base) + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": "
                    + issue.getSeverity().name().toLowerCase(java.util.Locale.ROOT) + ": " + issue.getMessage();
        }

        boolean isError() {
            return issue.getSeverity() == Severity.ERROR;
        }

        Severity severity() {
            return issue.getSeverity();
        }
    }

    private final XtextResourceSet resources = Language.INJECTOR.getInstance(XtextResourceSet.class);
    private final List<Path> files;

    private ModelFiles(List<Path> files) {
        this.files = files;
        files.forEach(this::parse);
        EcoreUtil.resolveAll(resources);
        // A file that names what it does not declare (imports, or names of a sibling file in the same package) is
        // linked against the other files of its folder, its project. Those are parsed for that only, never
        // validated, and a file that links on its own costs nothing more: checking one file stays quick.
        List<XtextResource> unlinked = files.stream().map(this::resource)
                .filter(resource -> resource.getErrors().stream().anyMatch(XtextLinkingDiagnostic.class::isInstance))
                .toList();
        if (!unlinked.isEmpty()) {
            unlinked.stream().map(resource -> Path.of(resource.getURI().toFileString()).getParent()).distinct()
                    .flatMap(folder -> under(folder).stream()).forEach(this::parse);
            for (XtextResource resource : unlinked) {
                resource.unload(); // forgets the failed links
                parse(Path.of(resource.getURI().toFileString()));
            }
            EcoreUtil.resolveAll(resources);
        }
    }

    private void parse(Path file) {
        URI uri = URI.createFileURI(file.toString());
        Resource loaded = resources.getResource(uri, false);
        if (loaded == null || !loaded.isLoaded()) {
            resources.getResource(uri, true);
        }
    }

    /**
     * Loads every .iph file given or found under a given folder.
     *
     * @throws UsageException if a path does not exist, is not an .iph file, or no file is found
     */
    static ModelFiles load(List<String> paths) throws UsageException {
        if (paths.isEmpty()) {
            throw new UsageException("give at least one .iph file or folder");
        }
        TreeSet<Path> files = new TreeSet<>();
        for (String written : paths) {
            Path path = Path.of(written).toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                files.addAll(under(path));
            } else if (Files.isRegularFile(path) && path.toString().endsWith(EXTENSION)) {
                files.add(path);
            } else if (Files.exists(path)) {
                throw new UsageException(written + " is not an " + EXTENSION + " file or a folder");
            } else {
                throw new UsageException(written + " does not exist");
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no " + EXTENSION + " files under " + String.join(", ", paths));
        }
        return new ModelFiles(new ArrayList<>(files));
    }

    /**
     * The model files under a folder, without build output (a Maven module's target/ and an Eclipse project's bin/
     * hold copies of its files, which would clash with the originals) and hidden folders (.git, staging folders).
     */
    static List<Path> under(Path folder) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return dir.equals(folder) || !isBuildOutputOrHidden(dir) ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && file.toString().endsWith(EXTENSION)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        return found.stream().sorted().toList();
    }

    private static boolean isBuildOutputOrHidden(Path dir) {
        String name = dir.getFileName().toString();
        Path parent = dir.getParent();
        return name.startsWith(".")
                || name.equals("target") && parent != null && Files.isRegularFile(parent.resolve("pom.xml"))
                || name.equals("bin") && parent != null && Files.isRegularFile(parent.resolve(".classpath"));
    }

    List<Path> files() {
        return files;
    }

    /** The loaded resource of {@code file}, which must be one of {@link #files()}. */
    XtextResource resource(Path file) {
        return (XtextResource) resources.getResource(URI.createFileURI(file.toString()), false);
    }

    /** Every problem of every file, in file order, ignoring those of severity "ignore". */
    List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            Resource resource = resource(file);
            List<Issue> issues = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
                    .validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
            issues.stream().filter(issue -> issue.getSeverity() != Severity.IGNORE)
                    .forEach(issue -> problems.add(new Problem(file, issue)));
        }
        return problems;
    }

    /** The file relative to {@code base} when it lies under it (shorter messages), else absolute. */
    static String display(Path file, Path base) {
        return file.startsWith(base) ? base.relativize(file).toString() : file.toString();
    }
}

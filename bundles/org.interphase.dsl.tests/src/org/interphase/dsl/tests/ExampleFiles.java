package org.interphase.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * The .iph files under the repository's examples/ folder, found afresh on every run so that new examples are tested
 * without being listed. The folder comes from the system property {@value #EXAMPLES_PROPERTY}, which this bundle's
 * pom.xml sets for tycho-surefire (whose working directory is target/work, not the repository).
 */
final class ExampleFiles {

	static final String EXAMPLES_PROPERTY = "interphase.examples";

	private ExampleFiles() {
	}

	/**
	 * Every example file, sorted by path; a parameter source for {@code @MethodSource}. Build output (a plug-in's
	 * target/ holds a copy of its library file) is not an example.
	 */
	static List<Path> all() {
		Path folder = folder();
		try (Stream<Path> paths = Files.walk(folder)) {
			List<Path> files = paths.filter(path -> path.toString().endsWith(".iph"))
					.filter(path -> !isBuildOutput(folder.relativize(path))).sorted().toList();
			if (files.isEmpty()) {
				throw new IllegalStateException("no .iph files under " + folder());
			}
			return files;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot list the examples under " + folder(), e);
		}
	}

	private static boolean isBuildOutput(Path relative) {
		for (Path part : relative) {
			if (part.toString().equals("target")) {
				return true;
			}
		}
		return false;
	}

	static Path folder() {
		String folder = System.getProperty(EXAMPLES_PROPERTY);
		if (folder == null || !Files.isDirectory(Path.of(folder))) {
			throw new IllegalStateException("examples folder not found: set -D" + EXAMPLES_PROPERTY
					+ "=<repository>/examples (the tests' pom.xml does this for Maven), got " + folder);
		}
		return Path.of(folder);
	}

	static URI uri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().toString());
	}

	/** A resource set holding every example file with all cross-references resolved; examples import each other. */
	static XtextResourceSet loadAll(TestModels models) {
		XtextResourceSet resourceSet = models.newResourceSet();
		all().forEach(file -> resourceSet.getResource(uri(file), true));
		EcoreUtil.resolveAll(resourceSet);
		return resourceSet;
	}
}

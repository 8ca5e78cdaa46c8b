package org.interphase.benchmarks.language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.interphase.benchmarks.BenchmarkDefaults;
import org.interphase.dsl.InterphaseStandaloneSetup;
import org.interphase.dsl.compiler.CompiledStack;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.Libraries;
import org.interphase.model.Stack;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * The binding layer's cost for the largest example stack: Li | (PAA/PEO)30 | LATP | (PAA/PEO)30 | Li of
 * {@code examples/paa-peo-on-latp}, whose coatings the growth engine grows from their LbL recipe, compiled into the
 * impedance engine's input records (the goal is at most 1 ms). The example files are read once, from
 * {@code interphase.examples} (default {@code examples}, as when run from the repository).
 */
public class CompileStackBenchmark extends BenchmarkDefaults {

    private ModelCompiler compiler;
    private Stack stack;

    @Setup
    public void setUp() throws IOException {
        XtextResourceSet resources = new InterphaseStandaloneSetup().createInjectorAndDoEMFRegistration()
                .getInstance(XtextResourceSet.class);
        Path folder = Path.of(System.getProperty("interphase.examples", "examples"), "paa-peo-on-latp");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".iph")).sorted().toList()) {
                resources.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
            }
        }
        EcoreUtil.resolveAll(resources);
        stack = resources.getResources().stream().flatMap(resource -> resource.getContents().stream())
                .flatMap(model -> model.eContents().stream()).filter(Stack.class::isInstance).map(Stack.class::cast)
                .filter(candidate -> candidate.getName().equals("PaaPeoSymmetric")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no stack PaaPeoSymmetric in " + folder));
        compiler = new ModelCompiler(Libraries.installed());
        compile(); // fails the set-up, not the measurement, if the stack does not compile
    }

    @Benchmark
    public CompiledStack compile() {
        return compiler.stack(stack);
    }
}

package org.interphase.benchmarks.language;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.interphase.benchmarks.BenchmarkDefaults;
import org.interphase.dsl.InterphaseStandaloneSetup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

import com.google.inject.Injector;

/**
 * What the editor and {@code ./interphase validate} do with a large file: parse it, resolve every cross-reference
 * and run all validation checks. The file is generated ({@link GeneratedModel}) with materials, ALD, LbL and
 * supercycle recipes, stacks and experiments, and must be free of errors, so that every check runs to its end.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 10, time = 2, timeUnit = TimeUnit.SECONDS)
public class ParseLinkValidateBenchmark extends BenchmarkDefaults {

    /** Lines of the generated file; the issue's goal is under 0.5 s for 10 000. */
    @Param({"10000"})
    public int lines;

    private Injector injector;
    private byte[] text;

    @Setup
    public void setUp() throws IOException {
        injector = new InterphaseStandaloneSetup().createInjectorAndDoEMFRegistration();
        text = GeneratedModel.text(lines).getBytes(StandardCharsets.UTF_8);
        List<Issue> errors = parseLinkValidate().stream().filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the generated file must be valid, but has " + errors.size() + " errors:\n"
                    + errors.stream().limit(10).map(issue -> issue.getLineNumber() + ": " + issue.getMessage())
                            .collect(Collectors.joining("\n")));
        }
    }

    @Benchmark
    public List<Issue> parseLinkValidate() throws IOException {
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("generated.iph"));
        resource.load(new ByteArrayInputStream(text), Map.of());
        EcoreUtil.resolveAll(resource);
        return injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
    }
}

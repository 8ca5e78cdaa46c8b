package org.interphase.dsl.tests;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.Libraries;
import org.interphase.model.Experiment;

/** The cycling runs of the example files' experiments, compiled as a run compiles them. */
final class ExampleCycling {

    private ExampleCycling() {
    }

    /** The first cycling measurement of the example experiment {@code experiment}, compiled from its stack. */
    static CompiledRun.Cycling run(ResourceSet examples, String experiment) {
        Experiment found = examples.getResources().stream()
                .flatMap(resource -> EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Experiment.class)
                        .stream())
                .filter(e -> e.getName().equals(experiment)).findFirst().orElseThrow();
        return new ModelCompiler(Libraries.builtIn()).compile(found).runs().stream()
                .filter(CompiledRun.Cycling.class::isInstance).map(CompiledRun.Cycling.class::cast).findFirst()
                .orElseThrow();
    }
}

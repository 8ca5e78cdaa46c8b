package org.interphase.dsl.tests;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.compiler.SimulationPlan;
import org.interphase.dsl.library.Libraries;
import org.interphase.model.Experiment;
import org.interphase.model.NamedElement;
import org.interphase.model.Stack;

/** The cycling runs of the example files' experiments, compiled as a run (or a study's point) compiles them. */
final class ExampleCycling {

    /** The four-buffer example's one experiment, run by its study on each of the stacks SampleA..SampleD. */
    static final String BUFFER_CYCLING = "BufferCycling";

    private ExampleCycling() {
    }

    /** The first cycling measurement of the example experiment {@code experiment}, compiled from its stack. */
    static CompiledRun.Cycling run(ResourceSet examples, String experiment) {
        return cycling(new ModelCompiler(Libraries.builtIn()).compile(element(examples, Experiment.class, experiment)));
    }

    /** The four-buffer example's experiment on {@code stack}, as its study (vary stack over SampleA, …) runs it. */
    static CompiledRun.Cycling buffered(ResourceSet examples, String stack) {
        return cycling(new ModelCompiler(Libraries.builtIn()).compile(
                element(examples, Experiment.class, BUFFER_CYCLING), element(examples, Stack.class, stack)));
    }

    private static CompiledRun.Cycling cycling(SimulationPlan plan) {
        return plan.runs().stream().filter(CompiledRun.Cycling.class::isInstance).map(CompiledRun.Cycling.class::cast)
                .findFirst().orElseThrow();
    }

    private static <T extends NamedElement> T element(ResourceSet examples, Class<T> type, String name) {
        return examples.getResources().stream()
                .flatMap(resource -> EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), type).stream())
                .filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
    }
}

package org.interphase.dsl.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.common.TerminalsStandaloneSetup;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.ResourceSetGlobalScopeProvider;
import org.interphase.dsl.InterphaseRuntimeModule;
import org.interphase.library.LibraryException;
import org.interphase.library.LibraryProblem;
import org.interphase.library.MaterialLibrary;
import org.interphase.model.InterphasePackage;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * Reads library files written in the language (the built-in library, a plug-in's library) into a
 * {@link MaterialLibrary}: parsed and linked by the language itself, then checked by the library. The library's
 * materials are not in scope while it is being read (they are what is read), so the files are linked among
 * themselves only; everything else about them is the language every user file is written in.
 */
public final class LibraryFiles {

    /** A library file: its name, as origins and messages show it, and its text. */
    public record Text(String name, String text) {
    }

    /** The language with a global scope of the files read together, and nothing of the library yet. */
    private static final class Language {
        static final Injector INJECTOR = injector();

        private static Injector injector() {
            // The grammar is read from its binary form; outside Eclipse its resource factory must be registered.
            TerminalsStandaloneSetup.doSetup();
            EPackage.Registry.INSTANCE.putIfAbsent(InterphasePackage.eNS_URI, InterphasePackage.eINSTANCE);
            // Its own registry, so that linking finds this injector's services for the library files and does
            // not depend on what else has registered the language.
            IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
            Injector injector = Guice.createInjector(Modules.override(new InterphaseRuntimeModule()).with(binder -> {
                binder.bind(IGlobalScopeProvider.class).to(ResourceSetGlobalScopeProvider.class);
                binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry);
            }));
            registry.getExtensionToFactoryMap().put("iph", injector.getInstance(IResourceServiceProvider.class));
            return injector;
        }
    }

    private LibraryFiles() {
    }

    /**
     * Reads {@code files} together, laid over {@code base}: they may cite each other's sources and refer to each
     * other's and {@code base}'s materials.
     *
     * @return the files' entries as a library of their own, ready for {@link MaterialLibrary#withOverrides}
     * @throws LibraryException listing every syntax, reference and library problem with its file and line
     */
    public static MaterialLibrary read(List<Text> files, MaterialLibrary base) {
        XtextResourceSet resources = Language.INJECTOR.getInstance(XtextResourceSet.class);
        List<XtextResource> loaded = new ArrayList<>();
        for (Text file : files) {
            XtextResource resource = Language.INJECTOR.getInstance(XtextResource.class);
            resource.setURI(URI.createURI(file.name()));
            resources.getResources().add(resource);
            try {
                resource.load(new ByteArrayInputStream(file.text().getBytes(StandardCharsets.UTF_8)), Map.of());
            } catch (IOException e) {
                throw new LibraryException(file.name(), 0, "cannot be read: " + e.getMessage());
            }
            loaded.add(resource);
        }
        EcoreUtil.resolveAll(resources);
        List<LibraryProblem> problems = new ArrayList<>();
        WrittenEntries written = new WrittenEntries(WrittenEntries.Citations.REQUIRED);
        for (XtextResource resource : loaded) {
            for (Resource.Diagnostic error : resource.getErrors()) {
                problems.add(new LibraryProblem(resource.getURI().toString(), error.getLine(), error.getMessage()));
            }
            resource.getAllContents().forEachRemaining(object -> {
                // Every source counts, cited or not: the simulation models' own defaults cite built-in sources too.
                if (object instanceof org.interphase.model.Material || object instanceof org.interphase.model.Entry
                        || object instanceof org.interphase.model.Source) {
                    written.add(object);
                }
            });
        }
        problems.addAll(written.problems());
        if (!problems.isEmpty()) {
            throw new LibraryException(problems);
        }
        return base.read(written.sources(), written.entries());
    }
}

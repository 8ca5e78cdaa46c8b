package org.interphase.dsl.ui.internal;

import org.interphase.dsl.ide.InterphaseIdeSetup;

import com.google.inject.Injector;

/** The one Guice injector of the language's runtime and generic IDE services, created on first use. */
final class LanguageServices {

    private LanguageServices() {
    }

    private static final class Holder {
        // Also registers the .iph resource factory and the EPackage with EMF's global registries.
        static final Injector INJECTOR = new InterphaseIdeSetup().createInjectorAndDoEMFRegistration();
    }

    static Injector injector() {
        return Holder.INJECTOR;
    }
}

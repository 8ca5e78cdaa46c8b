package org.interphase.dsl;

import org.eclipse.emf.ecore.EPackage;
import org.interphase.model.InterphasePackage;

import com.google.inject.Injector;

/**
 * Sets the language up without the Equinox extension registry (tests, command line, language server):
 * {@code InterphaseStandaloneSetup.doSetup()} or {@link #createInjectorAndDoEMFRegistration()}.
 */
public class InterphaseStandaloneSetup extends InterphaseStandaloneSetupGenerated {

	public static void doSetup() {
		new InterphaseStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	/**
	 * Registers the metamodel first: the grammar imports it rather than generating it, so the generated setup does
	 * not, and the validator looks the package up in the registry while the injector is created. Under OSGi the
	 * model bundle's plugin.xml may have registered it already.
	 */
	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		EPackage.Registry.INSTANCE.putIfAbsent(InterphasePackage.eNS_URI, InterphasePackage.eINSTANCE);
		return super.createInjectorAndDoEMFRegistration();
	}
}

package org.interphase.runs;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.interphase.model.run.RunPackage;

/**
 * Resource sets that read and write *.iphrun files without the extension registry, so that saving and loading
 * work on a plain class path (command line, tests) as in the IDE, where plugin.xml registers the same factory.
 */
public final class RunResources {

    /** The file extension of saved runs. */
    public static final String EXTENSION = "iphrun";

    private RunResources() {
    }

    /** A new resource set that knows the run package and reads and writes {@value #EXTENSION} files. */
    public static ResourceSet resourceSet() {
        ResourceSet resources = new ResourceSetImpl();
        resources.getPackageRegistry().put(RunPackage.eNS_URI, RunPackage.eINSTANCE);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION,
                new RunResourceFactory());
        return resources;
    }
}

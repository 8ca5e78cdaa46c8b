package org.interphase.runs;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/**
 * Makes *.iphrun resources: EMF's binary serialisation of a {@link org.interphase.model.run.SimulationRun}. Runs
 * are mostly long arrays of numbers (a 1000-cycle run has millions), which XMI writes as one element per number:
 * binary is several times smaller and faster to save and to reopen. The CSV files beside it are the readable form.
 */
public final class RunResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new BinaryResourceImpl(uri);
    }
}

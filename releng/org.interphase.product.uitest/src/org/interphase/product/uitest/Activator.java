package org.interphase.product.uitest;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Started by the test script through {@code -Dosgi.bundles}; runs the scenario on a thread of its own, because the
 * workbench is not up yet when the framework starts this bundle and the scenario waits for dialogs the UI thread
 * is blocked in.
 */
public final class Activator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        Thread driver = new Thread(new InstallNewSoftwareScenario(context), "Install New Software test driver");
        driver.setDaemon(true);
        driver.start();
    }

    @Override
    public void stop(BundleContext context) {
        // the driver thread is a daemon: it ends with the workbench
    }
}

package org.interphase.core.extensions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * Access to the Eclipse extension registry. It is a separate class because the registry bundle is an optional
 * dependency: {@link Contributions} loads this class only after it has found the registry's classes on its class
 * path, so headless use never loads them.
 */
final class EclipseRegistry {

    /** The attribute that names the executable extension's class in every Interphase schema. */
    static final String CLASS = "class";

    private EclipseRegistry() {
    }

    /** Whether a registry is running (inside OSGi, or an application that created one). */
    static boolean isRunning() {
        return registry() != null;
    }

    private static IExtensionRegistry registry() {
        return RegistryFactory.getRegistry();
    }

    static <T> List<T> create(Class<T> type, String extensionPointId, List<String> problems) {
        List<T> created = new ArrayList<>();
        for (IConfigurationElement element : registry().getConfigurationElementsFor(extensionPointId)) {
            if (element.getAttribute(CLASS) == null) {
                continue; // elements without a class (e.g. documentation-only children) contribute nothing
            }
            String contributor = element.getContributor().getName();
            try {
                Object instance = element.createExecutableExtension(CLASS);
                if (type.isInstance(instance)) {
                    created.add(type.cast(instance));
                } else {
                    problems.add(extensionPointId + ": " + contributor + " contributes " + element.getAttribute(CLASS)
                            + ", which does not implement " + type.getName());
                }
            } catch (CoreException | RuntimeException e) {
                problems.add(extensionPointId + ": " + contributor + " contributes " + element.getAttribute(CLASS)
                        + ", which cannot be created: " + e.getMessage());
            }
        }
        return created;
    }
}

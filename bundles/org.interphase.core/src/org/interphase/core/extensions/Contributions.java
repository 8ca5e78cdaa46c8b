package org.interphase.core.extensions;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The registry of contributions to Interphase's extension points. Running in OSGi it reads the Eclipse extension
 * registry (each extension's {@code class} attribute, an executable extension); it also asks
 * {@link ServiceLoader} with the class loader of the contribution type, which is how contributions are found
 * headless (a {@code META-INF/services/<type>} file naming the class). Contributions with an id already found are
 * dropped, so a plug-in that declares both is counted once. A contribution that cannot be created, or whose id
 * cannot be read, is reported (and logged) and left out: one broken plug-in must not disable the others.
 */
public final class Contributions {

    private static final System.Logger LOG = System.getLogger(Contributions.class.getName());

    /** Whether the optional registry bundle can be loaded; checked by name so that its absence is no error. */
    private static final boolean REGISTRY_ON_CLASS_PATH = registryOnClassPath();

    private Contributions() {
    }

    private static boolean registryOnClassPath() {
        try {
            Class.forName("org.eclipse.core.runtime.RegistryFactory", false, Contributions.class.getClassLoader());
            Class.forName("org.eclipse.core.runtime.CoreException", false, Contributions.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The contributions of {@code type} to {@code extensionPointId}; problems are logged, see {@link #load}. */
    public static <T extends Contribution> List<T> all(Class<T> type, String extensionPointId) {
        return all(type, extensionPointId, Contribution::id);
    }

    /** Same as {@link #all(Class, String)} for a type that has its own id accessor. */
    public static <T> List<T> all(Class<T> type, String extensionPointId, Function<? super T, String> id) {
        ContributionSet<T> found = load(type, extensionPointId, id);
        found.problems().forEach(problem -> LOG.log(Level.WARNING, problem));
        return found.contributions();
    }

    /** The contributions and the problems met while creating them, for callers that show problems themselves. */
    public static <T> ContributionSet<T> load(Class<T> type, String extensionPointId,
            Function<? super T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<T> candidates = new ArrayList<>();
        if (REGISTRY_ON_CLASS_PATH && EclipseRegistry.isRunning()) {
            candidates.addAll(EclipseRegistry.create(type, extensionPointId, problems));
        }
        candidates.addAll(fromServiceLoader(type, extensionPointId, problems));
        for (T candidate : candidates) {
            try {
                String key = id.apply(candidate);
                if (key == null || key.isBlank()) {
                    problems.add(extensionPointId + ": " + candidate.getClass().getName() + " has no id; give it a"
                            + " stable non-empty id");
                } else {
                    byId.putIfAbsent(key, candidate);
                }
            } catch (RuntimeException e) {
                problems.add(extensionPointId + ": the id of " + candidate.getClass().getName()
                        + " cannot be read: " + e);
            }
        }
        return new ContributionSet<>(new ArrayList<>(byId.values()), problems);
    }

    private static <T> List<T> fromServiceLoader(Class<T> type, String extensionPointId, List<String> problems) {
        List<T> found = new ArrayList<>();
        Iterator<T> providers = ServiceLoader.load(type, type.getClassLoader()).iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    return found;
                }
                found.add(providers.next());
            } catch (ServiceConfigurationError e) {
                // The iterator carries on with the next provider after an error.
                problems.add(extensionPointId + ": a contribution listed in META-INF/services/" + type.getName()
                        + " cannot be created: " + e.getMessage());
            }
        }
    }
}

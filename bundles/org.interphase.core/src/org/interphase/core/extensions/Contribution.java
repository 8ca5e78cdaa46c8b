package org.interphase.core.extensions;

/**
 * Something a plug-in adds to Interphase through an extension point: a materials library, a deposition technique,
 * a simulation model. Its id identifies it across both ways of contributing, so that a contributor found through the
 * Eclipse extension registry and through {@link java.util.ServiceLoader} counts once.
 */
public interface Contribution {

    /** A stable identifier, unique among the contributions to one extension point, e.g. {@code "pld"}. */
    String id();
}

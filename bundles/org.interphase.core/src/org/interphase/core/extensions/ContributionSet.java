package org.interphase.core.extensions;

import java.util.List;

/**
 * What {@link Contributions#load} found for one extension point: the contributions that could be created, in the
 * order found, and one message for each one that could not.
 *
 * @param contributions the usable contributions, de-duplicated by id
 * @param problems      what went wrong with the others, each naming the contributor and what to do
 */
public record ContributionSet<T>(List<T> contributions, List<String> problems) {

    public ContributionSet {
        contributions = List.copyOf(contributions);
        problems = List.copyOf(problems);
    }
}

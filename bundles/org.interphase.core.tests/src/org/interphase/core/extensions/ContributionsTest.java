package org.interphase.core.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The registry finds contributions listed in META-INF/services, without OSGi being needed for it. */
class ContributionsTest {

    private static final String POINT = "org.interphase.core.tests.shapes";

    @Test
    void findsContributionsListedForServiceLoaderInOrder() {
        List<String> ids = Contributions.all(Shape.class, POINT).stream().map(Shape::id).toList();
        assertEquals(List.of("triangle", "square"), ids);
    }

    @Test
    void aDuplicateIdIsCountedOnceAndTheFirstWins() {
        Shape triangle = Contributions.all(Shape.class, POINT).get(0);
        assertEquals(3, triangle.corners());
    }

    @Test
    void aBrokenContributionIsReportedAndTheOthersStillLoad() {
        ContributionSet<Shape> found = Contributions.load(Shape.class, POINT, Shape::id);
        assertEquals(2, found.contributions().size());
        assertEquals(2, found.problems().size(), found.problems().toString());
        assertTrue(found.problems().stream().anyMatch(p -> p.contains("Broken") && p.startsWith(POINT)),
                found.problems().toString());
        assertTrue(found.problems().stream().anyMatch(p -> p.contains("NoSuchShape")), found.problems().toString());
    }

    @Test
    void aTypeNobodyContributesToHasNoContributions() {
        ContributionSet<Contribution> found = Contributions.load(Contribution.class, "nobody.contributes",
                Contribution::id);
        assertTrue(found.contributions().isEmpty());
        assertTrue(found.problems().isEmpty());
    }
}

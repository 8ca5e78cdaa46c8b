package org.interphase.dsl.tests.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.interphase.dsl.library.Libraries;
import org.interphase.library.Material;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialLibraryContribution;
import org.junit.jupiter.api.Test;

/** Contributed materials libraries are added to the built-in one, each entry naming its contributor. */
class InstalledLibraryTest {

    /** A plug-in's library: a material citing a source it declares, one citing a built-in source. */
    private static final Contributed GOOD = new Contributed("good", """
            source TestContrib "A contributed test source, 2026"
            material TestFilm-contributed "Li3BO3" {
              class ternary-oxide
              ionicConductivity = 2e-6 S/cm at 25 °C source TestContrib "table 1"
              density = 2.1 g/cm3 source Estimate "order of lithium borates"
            }
            """);

    @Test
    void aContributedEntryIsAddedAndNamesItsContributorAndLine() {
        List<String> problems = new ArrayList<>();
        MaterialLibrary installed = Libraries.withContributions(Libraries.builtIn(), List.of(GOOD), problems);

        assertEquals(List.of(), problems);
        Material film = installed.material("TestFilm-contributed").orElseThrow();
        assertEquals("good/good.iph:2", film.origin().toString());
        assertEquals("[TestContrib]", film.property("ionicConductivity").orElseThrow().source().key());
        assertEquals("[Estimate]", film.property("density").orElseThrow().source().key());
        assertTrue(installed.material("LATP").isPresent());
        assertFalse(Libraries.builtIn().material("TestFilm-contributed").isPresent());
    }

    @Test
    void aBrokenContributionIsLeftOutWithItsLineAndTheOthersAreAdded() {
        List<String> problems = new ArrayList<>();
        MaterialLibrary combined = Libraries.withContributions(Libraries.builtIn(),
                List.of(new Contributed("broken", "material X \"X\" { class nonsense-class }\n"), GOOD), problems);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("broken/broken.iph:1"), problems.get(0));
        assertTrue(combined.material("TestFilm-contributed").isPresent());
        assertFalse(combined.material("X").isPresent());
    }

    private record Contributed(String id, String text) implements MaterialLibraryContribution {
        @Override
        public String fileName() {
            return id + ".iph";
        }

        @Override
        public Reader open() {
            return new StringReader(text);
        }
    }
}

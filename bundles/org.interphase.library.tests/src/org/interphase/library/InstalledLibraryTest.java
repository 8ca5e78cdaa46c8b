package org.interphase.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Contributed materials libraries are added to the built-in one, each entry naming its contributor. */
class InstalledLibraryTest {

    @Test
    void installedHasTheBuiltInAndTheContributedMaterials() {
        MaterialLibrary installed = MaterialLibrary.installed();
        assertTrue(installed.material("LATP").isPresent());
        assertTrue(installed.material("TestFilm-contributed").isPresent());
        assertFalse(MaterialLibrary.builtIn().material("TestFilm-contributed").isPresent());
    }

    @Test
    void aContributedEntryNamesItsContributorAndLine() {
        Material film = MaterialLibrary.installed().material("TestFilm-contributed").orElseThrow();
        assertEquals("org.interphase.library.tests/test.lib:2", film.origin().toString());
        assertEquals("[test-contrib]", film.property("ionicConductivity").orElseThrow().source().key());
    }

    @Test
    void aBrokenContributionIsLeftOutWithItsLineAndTheOthersAreAdded() {
        List<String> problems = new ArrayList<>();
        MaterialLibrary combined = MaterialLibrary.builtIn().withContributions(
                List.of(new Text("broken", "material X \"X\" class=nonsense-class\n"), new TestLibraryContribution()),
                problems);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("broken/broken.lib") && problems.get(0).contains(":1"), problems.get(0));
        assertTrue(combined.material("TestFilm-contributed").isPresent());
        assertFalse(combined.material("X").isPresent());
    }

    private record Text(String id, String text) implements MaterialLibraryContribution {
        @Override
        public String fileName() {
            return id + ".lib";
        }

        @Override
        public Reader open() throws IOException {
            return new StringReader(text);
        }
    }
}

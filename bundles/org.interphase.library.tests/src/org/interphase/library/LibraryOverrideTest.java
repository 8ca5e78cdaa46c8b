package org.interphase.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** User files add to and override the built-in library without changing it. */
class LibraryOverrideTest {

    private static final String USER_FILE = """
            # Our own measurements.
            source [lab-2025] "Our lab notebook 12, impedance of hot-pressed LLZO"

            material LLZO "Li7La3Zr2O12" class=garnet
              ionicConductivity = 3.1e-4 S/cm @ 25 °C source=[lab-2025] "run 17"
              reducedByLi = false source=[004] "facts §a2"

            ald ALD-Al2O3-on-LATP material=Al2O3-ALD precursor="TMA" coreactant="H2O"
              gpc = 1.0 Å/cycle @ 250 °C source=[002] "facts §b3 B-ALD-19"
              nucleationDelay on=LATP = 12 cycles source=[lab-2025] "run 18, ellipsometry"
            """;

    @Test
    void userFileAddsAndOverridesWhileBuiltInStaysAsItWas() throws IOException {
        Path file = Files.createTempFile("ours", ".lib");
        MaterialLibrary user;
        try {
            Files.writeString(file, USER_FILE, StandardCharsets.UTF_8);
            user = MaterialLibrary.load(file);
        } finally {
            Files.delete(file);
        }
        MaterialLibrary combined = MaterialLibrary.builtIn().withOverrides(user);

        Material llzo = combined.material("LLZO").orElseThrow();
        assertEquals(3.1e-4, llzo.require("ionicConductivity").value().in("S/cm"), 1e-12);
        assertEquals("[lab-2025]", llzo.require("ionicConductivity").source().key());
        assertEquals(file.getFileName().toString(), llzo.origin().file());
        // The user process refers to built-in materials (Al2O3-ALD, LATP) and cites a built-in source.
        AldProcess ald = combined.process("ALD-Al2O3-on-LATP", AldProcess.class).orElseThrow();
        assertEquals(12, ald.nucleationDelay("LATP").orElseThrow().value().si(), 0);
        // Built-in entries the user did not touch are still there; the built-in library is unchanged.
        assertTrue(combined.material("LATP").isPresent());
        assertEquals(3e-4, MaterialLibrary.builtIn().material("LLZO").orElseThrow().require("ionicConductivity").value()
                .in("S/cm"), 1e-12);
        assertEquals(MaterialLibrary.builtIn().materials().size(), combined.materials().size());
        assertEquals(MaterialLibrary.builtIn().processes().size() + 1, combined.processes().size());
    }

    @Test
    void redeclaringABuiltInSourceIsRejected() {
        LibraryException e = assertThrows(LibraryException.class,
                () -> MaterialLibrary.load(new StringReader("source [000] \"someone else\"\n"), "ours.lib"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("[000] is already declared"), e.getMessage());
    }

    @Test
    void overrideThatBreaksAReferenceIsRejected() throws IOException {
        // Two user libraries, each fine on its own; the second refers to a material only the first defines.
        MaterialLibrary first = MaterialLibrary.load(new StringReader("""
                material Foo "Li2O" class=binary-oxide
                ald P material=Foo precursor="A" coreactant="B"
                  gpc = 1 Å/cycle @ 200 °C source=[002] "x"
                """), "first.lib");
        MaterialLibrary withoutFoo = MaterialLibrary.builtIn();
        LibraryException e = assertThrows(LibraryException.class, () -> withoutFoo.withOverrides(
                new MaterialLibrary(first.citations(), Map.of(),
                        Map.of("P", first.process("P").orElseThrow()))));
        assertTrue(e.getMessage().contains("P: material=Foo is not a material"), e.getMessage());
    }
}

package org.interphase.io;

import static org.interphase.io.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataImportersTest {

    @TempDir
    Path dir;

    @Test
    void theServiceLoaderFindsEveryFormatThisBundleReads() {
        assertEquals(List.of("biologic-mpt", "gamry-dta", "bdf-csv", "interphase-csv", "zplot-z", "autolab-txt",
                "chi-txt", "versastudio-par", "parstat-txt", "arbin-csv", "neware-csv", "maccor-txt"),
                DataImporters.all().stream().map(DataImporter::id).toList());
    }

    @Test
    void filesAreMatchedByExtensionAndContent() {
        assertEquals(Optional.of("biologic-mpt"), idFor(write(dir, "a.mpt", BioLogicMptImporterTest.SPECTRUM)));
        assertEquals(Optional.of("gamry-dta"), idFor(write(dir, "b.DTA", GamryDtaImporterTest.EIS)));
        assertEquals(Optional.of("bdf-csv"), idFor(write(dir, "c.csv", "Test Time / s,Current / A,Voltage / V\n")));
        // An EC-Lab export saved as .txt is still recognised by its first line.
        assertEquals(Optional.of("biologic-mpt"), idFor(write(dir, "d.txt", BioLogicMptImporterTest.CYCLING)));
        // A spreadsheet's CSV is left to a column mapping rather than misread as BDF.
        assertEquals(Optional.empty(), idFor(write(dir, "e.csv", "x,y\n1,2\n")));
    }

    @Test
    void readingPicksTheImporterOrSaysWhatCanBeRead() {
        assertInstanceOf(MeasuredCycling.class, DataImporters.read(write(dir, "gcpl.txt",
                BioLogicMptImporterTest.CYCLING)));
        ImportException e = assertThrows(ImportException.class,
                () -> DataImporters.read(write(dir, "notes.txt", "hello\n")));
        assertTrue(e.getMessage().startsWith("notes.txt: no importer recognises this file; the formats that can be "
                + "read are: BioLogic EC-Lab text export (.mpt), Gamry"), e.getMessage());
    }

    private static Optional<String> idFor(Path file) {
        return DataImporters.forFile(file).map(DataImporter::id);
    }
}

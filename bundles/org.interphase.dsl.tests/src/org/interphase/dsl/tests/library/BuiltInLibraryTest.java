package org.interphase.dsl.tests.library;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.interphase.dsl.library.Libraries;
import org.interphase.library.AldProcess;
import org.interphase.library.AldTechnique;
import org.interphase.library.AnnealProcess;
import org.interphase.library.FabricationProcess;
import org.interphase.library.GpcPoint;
import org.interphase.library.LbLProcess;
import org.interphase.library.LbLRegime;
import org.interphase.library.LibraryException;
import org.interphase.library.Material;
import org.interphase.library.MaterialFlag;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialProperty;
import org.interphase.library.PelletProcess;
import org.interphase.library.SourcedRange;
import org.interphase.library.SputterProcess;
import org.interphase.library.SupercycleProcess;
import org.interphase.core.provenance.Source;
import org.interphase.core.provenance.SourcedQuantity;
import org.junit.jupiter.api.Test;

/** The built-in library loads cleanly and every value in it says where it comes from. */
class BuiltInLibraryTest {

    private final MaterialLibrary library = Libraries.builtIn();

    @Test
    void loadsEveryKindOfEntry() {
        assertAll(
                () -> assertTrue(library.materials().size() >= 50, "materials: " + library.materials().size()),
                () -> assertTrue(library.processes(AldProcess.class).stream()
                        .anyMatch(p -> p.technique() == AldTechnique.ALD)),
                () -> assertTrue(library.processes(AldProcess.class).stream()
                        .anyMatch(p -> p.technique() == AldTechnique.MLD)),
                () -> assertFalse(library.processes(SupercycleProcess.class).isEmpty()),
                () -> assertFalse(library.processes(LbLProcess.class).isEmpty()),
                () -> assertFalse(library.processes(SputterProcess.class).isEmpty()),
                () -> assertFalse(library.processes(AnnealProcess.class).isEmpty()));
    }

    @Test
    void everyValueHasASourceWithLocator() {
        List<Source> sources = new ArrayList<>();
        for (Material material : library.materials()) {
            material.properties().values().forEach(q -> sources.add(q.source()));
            material.flags().values().forEach(f -> sources.add(f.source()));
        }
        for (FabricationProcess process : library.processes()) {
            sourcedValues(process).forEach(q -> sources.add(q.source()));
            if (process instanceof SupercycleProcess supercycle) {
                supercycle.subcycles().forEach(s -> sources.add(s.source()));
            }
        }
        library.interfaces().forEach(i -> i.properties().values().forEach(q -> sources.add(q.source())));
        assertTrue(sources.size() > 150, "values found: " + sources.size());
        for (Source source : sources) {
            assertFalse(source.locator().isBlank(), () -> "no locator for " + source);
            assertTrue(library.citations().containsKey(source.key()), () -> "undeclared " + source.key());
            // A citation a reader can find: it names its year, or says plainly that it is no publication.
            assertTrue(source.citation().matches("(?s).*((19|20)\\d\\d|not a publication).*"), source::toString);
        }
    }

    /** Every sourced number and range endpoint a process holds, whatever its type. */
    private static Stream<SourcedQuantity> sourcedValues(FabricationProcess process) {
        return switch (process) {
            case AldProcess ald -> Stream.of(ald.gpc().stream().map(GpcPoint::gpc),
                    ald.window().stream().map(BuiltInLibraryTest::lower),
                    ald.characteristicExposures().values().stream(), ald.nucleationDelays().values().stream(),
                    ald.reported().values().stream()).flatMap(s -> s);
            case SupercycleProcess sc -> Stream.of(sc.gpc().stream().map(SupercycleProcess.SupercycleGpc::gpc),
                    sc.window().stream().map(BuiltInLibraryTest::lower), sc.nonAdditivity().stream())
                    .flatMap(s -> s);
            case LbLProcess lbl -> Stream.of(Stream.of(lbl.precursorThickness()), lbl.bilayerThickness().stream(),
                    lbl.amplitude().stream(), lbl.growthRate().stream(), lbl.reported().values().stream())
                    .flatMap(s -> s);
            case SputterProcess sp -> Stream.of(sp.referencePower().stream(), sp.depositionRate().stream(),
                    sp.reportedThickness().stream().map(BuiltInLibraryTest::lower), sp.reported().values().stream())
                    .flatMap(s -> s);
            case AnnealProcess an -> Stream.of(Stream.of(an.temperature()), an.duration().stream(),
                    an.heatingRate().stream()).flatMap(s -> s);
            case PelletProcess pellet -> Stream.of(pellet.diameter(), pellet.thickness());
        };
    }

    private static SourcedQuantity lower(SourcedRange range) {
        return new SourcedQuantity(range.name(), range.min(), range.source(), range.note());
    }

    @Test
    void latpMatchesFactsA1() {
        Material latp = library.material("LATP").orElseThrow();
        SourcedQuantity sigma = latp.require(MaterialProperty.IONIC_CONDUCTIVITY);
        // facts §a1: Li1.3Al0.3Ti1.7(PO4)3, 7 × 10⁻⁴ S cm⁻¹ at RT, [001] Table 1; reduced by Li ([000]).
        assertEquals(7e-4, sigma.value().in("S/cm"), 1e-10);
        assertEquals("[Tolganbek2022Review]", sigma.source().key());
        assertEquals(25.0, latp.measuringTemperature("ionicConductivity").orElseThrow().in("°C"), 1e-9);
        assertTrue(latp.flag(MaterialFlag.REDUCED_BY_LI).orElseThrow().value());
        // facts §c1 R-005: bare LATP stable to 4.4 V.
        assertEquals(4.4, latp.require("oxidationLimit").value().in("V"), 1e-12);
    }

    @Test
    void sputteredLltoMatchesFactsA3() {
        // facts §a3: best film after the 300 °C anneal 9.56 × 10⁻⁶ S cm⁻¹ at 25 °C, Ea 0.33 eV; 400 °C: 0.35 eV.
        Material annealed = library.material("LLTO-film-annealed-300").orElseThrow();
        assertEquals(9.56e-6, annealed.require("ionicConductivity").value().in("S/cm"), 1e-12);
        assertEquals(0.33, annealed.require("activationEnergy").value().in("eV"), 1e-12);
        assertEquals(0.35, library.material("LLTO-film-crystalline-400").orElseThrow()
                .require("activationEnergy").value().in("eV"), 1e-12);
        AnnealProcess crystallise = library.process("AN-LLTO-400", AnnealProcess.class).orElseThrow();
        assertEquals("LLTO-film-crystalline-400", crystallise.to());
        assertEquals(400.0, crystallise.temperature().value().in("°C"), 1e-9);
    }

    @Test
    void lithiumMatchesFactsA8() {
        // facts §a8: 3860 mAh g⁻¹, 0.53 g cm⁻³, m.p. 180.5 °C, all [004].
        Material li = library.material("Li").orElseThrow();
        assertEquals(3860, li.require("theoreticalCapacity").value().in("mAh/g"), 1e-9);
        assertEquals(0.53, li.require("density").value().in("g/cm3"), 1e-12);
        assertEquals(180.5, li.require("meltingPoint").value().in("°C"), 1e-9);
    }

    @Test
    void aldProcessesMatchFactsB3() {
        // facts §b3 B-ALD-19: Al2O3 from TMA/H2O, 1 Å/cycle at 250 °C.
        AldProcess alumina = library.process("ALD-Al2O3-TMA-H2O-250", AldProcess.class).orElseThrow();
        assertEquals("TMA", alumina.precursor());
        assertEquals(1.0, alumina.gpc().get(0).gpc().value().in("Å"), 1e-12);
        assertEquals(250.0, alumina.gpc().get(0).temperature().in("°C"), 1e-9);
        // facts §d10: ALD LiPON (LiHMDS/DEPA) window 270–310 °C.
        SourcedRange window = library.process("ALD-LiPON-LiHMDS-DEPA", AldProcess.class).orElseThrow()
                .window().orElseThrow();
        assertEquals(270.0, window.min().in("°C"), 1e-9);
        assertEquals(310.0, window.max().in("°C"), 1e-9);
        // facts §b3 B-ALD-7: lithium tantalate 5.2 Å per supercycle at 1 Li2O : 6 Ta2O5.
        SupercycleProcess tantalate = library.process("SC-LiTaO3-225", SupercycleProcess.class).orElseThrow();
        assertEquals(5.2, tantalate.measured(List.of(1, 6)).get(0).gpc().value().in("Å"), 1e-12);
    }

    @Test
    void lblProcessMatchesFactsD12() {
        // facts §d12: 1.7 nm PEI, then 2.5 nm per (PAA/PEO) bilayer, linear.
        LbLProcess lbl = library.process("LbL-PAA-PEO-on-PEI", LbLProcess.class).orElseThrow();
        assertEquals(LbLRegime.LINEAR, lbl.regime());
        assertEquals(1.7, lbl.precursorThickness().value().in("nm"), 1e-12);
        assertEquals(2.5, lbl.bilayerThickness().orElseThrow().value().in("nm"), 1e-12);
    }

    @Test
    void propertiesTheSourcesDoNotGiveAreAbsentAndRequireSaysWhere() {
        // facts §a2: LLZT "no conductivity given".
        Material llzt = library.material("LLZT").orElseThrow();
        assertTrue(llzt.property("ionicConductivity").isEmpty());
        LibraryException e = assertThrows(LibraryException.class,
                () -> llzt.require("ionicConductivity"));
        assertTrue(e.getMessage().contains("LLZT") && e.getMessage().contains("ionicConductivity"), e.getMessage());
        assertEquals("electrolytes.iph", e.file());
        assertEquals(llzt.origin().line(), e.line());
    }
}

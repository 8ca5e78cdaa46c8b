package org.interphase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.interphase.cli.CommandRuns.Output;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example, rewritten with values at the edges of what validation accepts (a stack at 10 K and at 1000 °C, the
 * thinnest and thickest layers and smallest and largest areas, the weakest and strongest currents and C-rates, the
 * widest and densest impedance sweeps, the fewest and many cycles), goes through {@code simulate} as a user's file
 * does. Each variant either shows validation errors on their lines or simulates every measurement; nothing it writes
 * holds a NaN or an infinity, and nothing it prints is a stack trace or a Java name.
 */
class ExtremeInputsTest {

    private static final String NUMBER = "-?[0-9.]+(?:e-?[0-9]+)?";
    private static final String FREQUENCY = NUMBER + " ?(?:GHz|MHz|kHz|Hz|mHz|µHz)";

    /** One textual change: every match of the pattern is replaced (with $1 for the text it keeps). */
    private record Rewrite(Pattern pattern, String replacement) {

        static Rewrite of(String regex, String replacement) {
            return new Rewrite(Pattern.compile(regex, Pattern.MULTILINE), replacement);
        }

        String apply(String text) {
            return pattern.matcher(text).replaceAll(replacement);
        }
    }

    private static Rewrite stackTemperature(String value) {
        return Rewrite.of("^(\\s*temperature )" + NUMBER + " ?°C", "$1" + Matcher.quoteReplacement(value));
    }

    private static Rewrite temperatureSeries(String values) {
        return Rewrite.of("(impedance [^\\n]*? at )" + NUMBER + " ?°C(?:, " + NUMBER + " ?°C)*",
                "$1" + Matcher.quoteReplacement(values));
    }

    /** A layer's written thickness, a sputtered film's target thickness and a deposition's cycle count. */
    private static List<Rewrite> layers(String thickness, int cycles, String area) {
        return List.of(
                Rewrite.of("^(\\s*(?:coating|electrolyte|cathode|lithium) [^\\n{]*?)" + NUMBER + " ?(?:nm|µm|mm)",
                        "$1" + thickness),
                Rewrite.of("( to )" + NUMBER + " ?nm", "$1" + thickness), Rewrite.of("(\\} x )[0-9]+", "$1" + cycles),
                Rewrite.of("^(\\s*area )" + NUMBER + " ?cm2", "$1" + area));
    }

    private static List<Rewrite> currents(String density, String rate) {
        return List.of(Rewrite.of("(plating-stripping )" + NUMBER + " ?(?:mA/cm2|µA/cm2)", "$1" + density),
                Rewrite.of("(\"(?:Charge|Discharge) at )(?:C/" + NUMBER + "|" + NUMBER + "C)", "$1" + rate),
                Rewrite.of("(rates )[^\\n]*?( window)", "$1" + rate + "$2"),
                Rewrite.of("( at )" + NUMBER + " ?mV/s", "$1" + (rate.startsWith("C/") ? "0.001 mV/s" : "10 V/s")));
    }

    /**
     * Runs short enough for the build: two cycles of each protocol, four half-cycles of plating/stripping. The
     * variant with the most cycles leaves this out.
     */
    private static final List<Rewrite> SHORT = List.of(Rewrite.of("(repeat )[0-9]+", "$1" + 2),
            Rewrite.of("(half-cycle 1 h,? for )" + NUMBER + " ?(?:h|min)", "$14 h"));

    /** Its own rewrites, then, if {@code shortened}, {@link #SHORT}. */
    private record Variant(String name, List<Rewrite> rewrites, boolean shortened) {

        /** The rewritten text; the text itself if the variant's own rewrites leave it as it is. */
        String apply(String text) {
            String rewritten = text;
            for (Rewrite rewrite : rewrites) {
                rewritten = rewrite.apply(rewritten);
            }
            if (rewritten.equals(text) || !shortened) {
                return rewritten;
            }
            for (Rewrite rewrite : SHORT) {
                rewritten = rewrite.apply(rewritten);
            }
            return rewritten;
        }
    }

    private static final List<Variant> VARIANTS = List.of(
            // At 1 K every Arrhenius factor underflows to 0, which validation refuses; at 10 K a factor is ~1e-161.
            new Variant("coldest", List.of(stackTemperature("10 K"), temperatureSeries("10 K, 20 K")), true),
            new Variant("hottest", List.of(stackTemperature("1000 °C"), temperatureSeries("900 °C, 1000 °C")), true),
            // Most stacks hold a value known at 25 °C only, which refuses them at any other temperature; a
            // temperature series of its own runs on the materials that give their activation energies.
            new Variant("widest temperature series", List.of(temperatureSeries("10 K, 1000 °C")), true),
            new Variant("thinnest", layers("1 nm", 1, "1e-6 cm2"), true),
            new Variant("thickest", layers("10 cm", 10000, "1000 cm2"), true),
            new Variant("weakest", currents("1e-6 mA/cm2", "C/1000"), true),
            new Variant("strongest", currents("1000 mA/cm2", "1000C"), true),
            new Variant("widest sweep", List.of(Rewrite.of("from " + FREQUENCY + " to " + FREQUENCY,
                    "from 1 GHz to 1 µHz, 1000 points per decade")), true),
            new Variant("fewest cycles", List.of(Rewrite.of("(repeat )[0-9]+", "$1" + 1),
                    Rewrite.of("(half-cycle 1 h,? for )" + NUMBER + " ?(?:h|min)", "$12 h")), false),
            // Not the 100 000 cycles validation accepts: 2000 h of every plating run would write gigabytes.
            new Variant("many cycles", List.of(Rewrite.of("(repeat )[0-9]+", "$1" + 1000),
                    Rewrite.of("(half-cycle 1 h,? for )" + NUMBER + " ?(?:h|min)", "$12000 h")), false));

    @TempDir
    Path folder;

    @Test
    void everyExampleAtTheEdgesOfValidationSimulatesOrShowsErrorsWithoutNaNOrStackTrace() throws IOException {
        Path examples = Path.of(System.getProperty("interphase.examples"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(examples)) {
            files = walk.filter(path -> path.toString().endsWith(".iph") && Files.isRegularFile(path)
                    && !path.startsWith(examples.resolve("org.example.interphase.pld"))).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        int simulated = 0;
        int withErrors = 0;
        for (Variant variant : VARIANTS) {
            long start = System.nanoTime();
            for (Path file : files) {
                String original = Files.readString(file);
                String rewritten = variant.apply(original);
                if (rewritten.equals(original) || !rewritten.contains("experiment ")) {
                    continue;
                }
                // The example's folder with the rewritten file: its siblings and measured data come along.
                Path copy = folder.resolve(variant.name().replace(' ', '-')).resolve(file.getParent().getFileName());
                copyFolder(file.getParent(), copy);
                Path model = copy.resolve(file.getFileName());
                Files.writeString(model, rewritten);
                Path out = copy.resolve("out");
                String where = variant.name() + " " + file.getFileName();
                Output simulate;
                try {
                    simulate = Output.run("simulate", model.toString(), "--out", out.toString());
                } catch (RuntimeException | Error e) {
                    failures.add(where + ": crashed: " + e);
                    continue;
                }
                String internal = CommandRuns.internalLine(simulate.text());
                List<String> notANumber = CommandRuns.notANumber(out);
                String failure = null;
                if (internal != null) {
                    failure = where + ": prints the program's internals: " + internal;
                } else if (!notANumber.isEmpty()) {
                    failure = where + ": NaN or infinity in " + notANumber;
                } else if (simulate.code() == 0) {
                    simulated++;
                } else if (simulate.text().contains("fix the errors above") && simulate.locatesAnError()) {
                    withErrors++;
                    System.out.println(where + ": " + simulate.text().lines().findFirst().orElse(""));
                } else {
                    failure = where + ": refused after validation found no error:\n" + simulate.text();
                }
                if (failure != null) {
                    System.out.println(failure);
                    failures.add(failure);
                }
            }
            System.out.printf("%s: %.1f s%n", variant.name(), (System.nanoTime() - start) / 1e9);
        }
        System.out.println("extreme variants: " + simulated + " simulated, " + withErrors + " with validation errors, "
                + failures.size() + " failed");
        assertEquals(List.of(), failures);
        assertTrue(simulated >= VARIANTS.size(), "variants simulated: " + simulated);
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}

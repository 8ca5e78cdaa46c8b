package org.interphase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.interphase.dsl.library.Libraries;
import org.interphase.library.Material;
import org.interphase.library.MaterialClass;
import org.interphase.library.MaterialProperty;
import org.interphase.cli.CommandRuns.Output;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "0 errors" means the run will not refuse. Every example file and a seeded set of stacks generated from the
 * library's materials (symmetric Li cells, blocking-electrode cells, full cells; coatings of 0 nm and up; any area,
 * temperature and measurement the grammar allows) either shows a validation error in {@code validate} or simulates
 * every measurement in {@code simulate} without a refusal and without a NaN in what it writes. No message of either
 * command names the library's old format or a Java class.
 */
class SimulationContractTest {

    private static final long SEED = 20261207L;
    private static final int STACKS = 200;
    @TempDir
    Path folder;

    @Test
    void everyExampleValidatesWithoutAnErrorAndSimulatesEveryMeasurement() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(System.getProperty("interphase.examples")))) {
            files = walk.filter(path -> path.toString().endsWith(".iph")).sorted().toList();
        }
        List<String> refusals = new ArrayList<>();
        int simulated = 0;
        for (Path file : files) {
            Outcome outcome = check(file, folder.resolve("out-" + file.getFileName()));
            assertInternalNamesAbsent(outcome);
            switch (outcome.kind()) {
                case SIMULATED -> simulated++;
                case NOTHING_TO_SIMULATE -> {
                }
                default -> refusals.add(outcome.describe(file));
            }
        }
        System.out.println("examples: " + files.size() + " files, " + simulated + " simulated");
        assertEquals(List.of(), refusals);
        assertTrue(simulated >= 5, "example files simulated: " + simulated);
    }

    @Test
    void everyGeneratedStackShowsAnErrorOrSimulatesEveryMeasurement() throws IOException {
        Random random = new Random(SEED);
        StackGenerator generator = new StackGenerator(random);
        List<String> refusals = new ArrayList<>();
        Map<String, Integer> reasons = new TreeMap<>();
        int withErrors = 0;
        int simulated = 0;
        for (int i = 0; i < STACKS; i++) {
            String name = "g%03d".formatted(i);
            // One folder per file: simulate loads the file's folder as its project.
            Path file = Files.createDirectories(folder.resolve(name)).resolve(name + ".iph");
            String text = generator.file(i);
            Files.writeString(file, text);
            Outcome outcome = check(file, folder.resolve("out-" + name));
            assertInternalNamesAbsent(outcome);
            switch (outcome.kind()) {
                case ERRORS -> {
                    withErrors++;
                    reasons.merge(reason(outcome.validateOutput()), 1, Integer::sum);
                }
                case SIMULATED -> simulated++;
                default -> refusals.add(outcome.describe(file) + "\n" + text);
            }
        }
        System.out.println("generated stacks: " + STACKS + ", with validation errors: " + withErrors
                + ", simulated: " + simulated + ", refused after 0 errors: " + refusals.size());
        reasons.forEach((reason, count) -> System.out.println("  " + count + " x " + reason));
        assertEquals(List.of(), refusals.stream().limit(5).toList(),
                refusals.size() + " stacks validated without an error but the run refused");
        // Both sides of the contract are exercised: enough stacks run, and validation does find errors.
        assertTrue(simulated >= STACKS / 8, "simulated: " + simulated);
        assertTrue(withErrors >= STACKS / 10, "with errors: " + withErrors);
    }

    /** The first error's first eight words, without the experiment's name ("cannot be simulated: give the …"). */
    private static String reason(String validateOutput) {
        String message = validateOutput.lines().filter(line -> CommandRuns.ERROR_LINE.matcher(line).matches())
                .findFirst().orElseThrow().replaceFirst(".*?: error: (E\\d+ )?", "");
        return Arrays.stream(message.split(" ")).limit(8).collect(Collectors.joining(" "));
    }

    private enum Kind {
        ERRORS, SIMULATED, NOTHING_TO_SIMULATE, REFUSED
    }

    private record Outcome(Kind kind, String validateOutput, String simulateOutput) {

        String describe(Path file) {
            return file.getFileName() + ": " + kind + "\n" + validateOutput + simulateOutput;
        }
    }

    /** {@code validate} the file; without an error, {@code simulate} it and read what it wrote. */
    private static Outcome check(Path file, Path out) throws IOException {
        Output validate = Output.run("validate", file.toString());
        if (validate.code() != 0) {
            // A failed validation must say where: an error line, not a crash.
            return new Outcome(validate.locatesAnError() ? Kind.ERRORS : Kind.REFUSED, validate.text(), "");
        }
        if (!Files.readString(file).contains("experiment ")) {
            return new Outcome(Kind.NOTHING_TO_SIMULATE, validate.text(), "");
        }
        Output simulate = Output.run("simulate", file.toString(), "--out", out.toString());
        if (simulate.code() != 0) {
            return new Outcome(Kind.REFUSED, validate.text(), simulate.text());
        }
        List<String> notANumber = CommandRuns.notANumber(out);
        return notANumber.isEmpty() ? new Outcome(Kind.SIMULATED, validate.text(), simulate.text())
                : new Outcome(Kind.REFUSED, validate.text(), "NaN or infinity written in " + notANumber);
    }

    private static void assertInternalNamesAbsent(Outcome outcome) {
        String line = CommandRuns.internalLine(outcome.validateOutput() + outcome.simulateOutput());
        if (line != null) {
            throw new AssertionError("a message shows the program's internals: " + line + "\n"
                    + outcome.validateOutput() + outcome.simulateOutput());
        }
    }

    /**
     * Files of one stack and one experiment on it, drawn from the installed library: the electrolytes and coatings
     * of its files, its cathodes, Li and the blocking metals.
     */
    private static final class StackGenerator {

        private static final String[] THIN = { "0 nm", "1 nm", "2 nm", "5 nm", "10 nm", "20 nm", "50 nm", "100 nm" };
        private static final String[] THICK = { "0 nm", "100 nm", "350 nm", "1 µm", "10 µm", "100 µm", "500 µm",
                "1 mm", "2 mm" };
        private static final String[] ELECTRODE = { "20 µm", "50 µm", "100 µm", "500 µm" };
        private static final String[] AREA = { "0.1 cm2", "0.459 cm2", "0.503 cm2", "1 cm2", "2 cm2" };
        private static final String[] TEMPERATURE = { "-20 °C", "0 °C", "25 °C", "45 °C", "60 °C", "100 °C" };
        private static final String[] SWEEP = { "from 1 MHz to 1 Hz", "from 7 MHz to 0.1 Hz",
                "from 100 kHz to 10 mHz, 5 points per decade", "from 1 Hz to 1 MHz" };
        private static final String[] CURRENT = { "0.01 mA/cm2", "0.05 mA/cm2", "0.1 mA/cm2", "0.5 mA/cm2",
                "1 mA/cm2" };
        private static final String[] HALF_CYCLE = { "0.5 h", "1 h", "2 h" };
        private static final String[] TOTAL = { "10 h", "50 h", "100 h" };
        private static final String[] RATE = { "C/10", "C/5", "1C", "2C" };
        private static final String[][] WINDOW = { { "2.5 V", "3.65 V" }, { "3.0 V", "4.2 V" }, { "3.2 V", "4.2 V" },
                { "3.5 V", "4.3 V" } };

        private final Random random;
        private final List<Material> electrolytes;
        private final List<Material> coatings;
        private final List<String> cathodes;

        StackGenerator(Random random) {
            this.random = random;
            List<Material> library = List.copyOf(Libraries.installed().materials());
            electrolytes = of(library, "electrolytes.iph");
            coatings = of(library, "coatings.iph");
            cathodes = library.stream().filter(material -> material.materialClass() == MaterialClass.CATHODE)
                    .map(Material::id).toList();
        }

        private static List<Material> of(List<Material> library, String file) {
            return library.stream().filter(material -> material.origin().file().endsWith(file)).toList();
        }

        /**
         * Mostly a material that states what the impedance model needs, so that many stacks simulate; else any, as
         * a user may pick it, for validation to say what is missing.
         */
        private String layer(List<Material> materials) {
            List<Material> complete = materials.stream().filter(material -> material.property(
                    MaterialProperty.IONIC_CONDUCTIVITY).isPresent() && material.property(
                            MaterialProperty.RELATIVE_PERMITTIVITY).isPresent()).toList();
            return (random.nextDouble() < 0.8 ? pick(complete.stream().map(Material::id).toList())
                    : pick(materials.stream().map(Material::id).toList()));
        }

        String file(int index) {
            StringBuilder text = new StringBuilder("stack S" + index + " {\n");
            optional(0.95, () -> "area " + pick(AREA)).ifPresent(line -> text.append("  ").append(line).append('\n'));
            optional(0.95, () -> "temperature " + (random.nextDouble() < 0.7 ? "25 °C" : pick(TEMPERATURE)))
                    .ifPresent(line -> text.append("  ").append(line).append('\n'));
            optional(0.2, () -> "pressure " + pick(new String[] { "1 MPa", "5 MPa" }))
                    .ifPresent(line -> text.append("  ").append(line).append('\n'));
            // Symmetric Li cells, blocking-electrode cells and full cells, in the proportions 9:4:7.
            int draw = random.nextInt(20);
            int kind = draw < 9 ? 0 : draw < 13 ? 1 : 2;
            String left = switch (kind) {
                case 0 -> "lithium Li" + optional(0.3, () -> " " + pick(ELECTRODE)).orElse("");
                case 1 -> "collector " + pick(new String[] { "SS", "Ag", "Cu" });
                default -> "cathode " + pick(cathodes) + optional(0.9, () -> " " + pick(new String[] { "1 µm",
                        "5 µm", "50 µm" })).orElse("");
            };
            String right = switch (kind) {
                case 0 -> "lithium Li" + optional(0.3, () -> " " + pick(ELECTRODE)).orElse("");
                case 1 -> random.nextBoolean() ? left : "lithium Li";
                default -> "lithium Li" + optional(0.9, () -> " " + pick(ELECTRODE)).orElse("");
            };
            text.append("  ").append(left).append('\n');
            optional(0.5, () -> "coating " + layer(coatings) + " " + pick(THIN))
                    .ifPresent(line -> text.append("  ").append(line).append('\n'));
            text.append("  electrolyte ").append(layer(electrolytes))
                    .append(optional(0.9, () -> " " + pick(THICK)).orElse("")).append('\n');
            optional(0.3, () -> "coating " + layer(coatings) + " " + pick(THIN))
                    .ifPresent(line -> text.append("  ").append(line).append('\n'));
            text.append("  ").append(right).append("\n}\n");
            text.append("experiment E").append(index).append(" on S").append(index).append(" {\n");
            List<String> measurements = measurements(kind);
            measurements.forEach(line -> text.append("  ").append(line).append('\n'));
            return text.append("}\n").toString();
        }

        /** Mostly what the cell is for, sometimes what it is not for (validation must say so). */
        private List<String> measurements(int kind) {
            List<String> lines = new ArrayList<>();
            optional(kind == 2 ? 0.05 : 0.7, () -> "impedance " + pick(SWEEP)).ifPresent(lines::add);
            optional(kind == 0 ? 0.7 : 0.05, () -> "plating-stripping " + pick(CURRENT) + " half-cycle "
                    + pick(HALF_CYCLE) + " for " + pick(TOTAL)).ifPresent(lines::add);
            String[] window = WINDOW[random.nextInt(WINDOW.length)];
            optional(kind == 2 ? 0.7 : 0.05, () -> "cycling { repeat " + (1 + random.nextInt(3)) + " { \"Charge at "
                    + pick(RATE) + " until " + window[1] + "\", \"Rest for 10 minutes\", \"Discharge at "
                    + pick(RATE) + " until " + window[0] + "\" } }").ifPresent(lines::add);
            optional(kind == 2 ? 0.5 : 0.05, () -> "rate-capability { rates C/10, " + pick(RATE) + " window "
                    + window[0] + " to " + window[1] + " }").ifPresent(lines::add);
            if (lines.isEmpty()) {
                lines.add("impedance " + pick(SWEEP));
            }
            return lines;
        }

        private Optional<String> optional(double probability, Supplier<String> line) {
            return random.nextDouble() < probability ? Optional.of(line.get())
                    : Optional.empty();
        }

        private String pick(String[] choices) {
            return choices[random.nextInt(choices.length)];
        }

        private String pick(List<String> choices) {
            return choices.get(random.nextInt(choices.size()));
        }
    }
}

package org.interphase.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the command-line tests run and look for in what a command printed and wrote. */
final class CommandRuns {

    /** A line of {@code validate}: "file:line:col: error: message". */
    static final Pattern ERROR_LINE = Pattern.compile(".+:\\d+:\\d+: error: .+");
    /** What a message must not show: the old library format, its parser, Java names and stack traces. */
    static final Pattern INTERNAL = Pattern.compile("\\.lib\\b|withOverrides|LibraryParser|Exception"
            + "|org\\.interphase|java\\.|\\bat [a-z]+\\.[\\w.$]+\\(|\\b[A-Z][a-z]+[A-Z]\\w*(Binding|Compiler|Resolver"
            + "|Checks|Engine|Library|Builder|Input)\\b"
            // Java calls and members: Electrode.intercalating(, new FiniteDiffusion(, StackInterface.blocking
            + "|\\bnew [A-Z]\\w*\\(|\\b[A-Z]\\w*\\.[a-z]\\w*\\(|\\b[A-Z][a-z]+[A-Z]\\w*\\.[a-z]\\w*");

    private CommandRuns() {
    }

    /** A command's exit code and everything it printed. */
    record Output(int code, String text) {

        static Output run(String... args) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream stream = new PrintStream(printed, true, StandardCharsets.UTF_8);
            int code = Main.run(args, stream, stream);
            return new Output(code, printed.toString(StandardCharsets.UTF_8));
        }

        /** Whether a failed validation said where: an error line, not a crash. */
        boolean locatesAnError() {
            return text.lines().anyMatch(line -> ERROR_LINE.matcher(line).matches());
        }
    }

    /** The written files under {@code out} that hold a NaN or an infinite value. */
    static List<String> notANumber(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).filter(path -> {
                try {
                    // Read byte for byte: some results are binary, and the words are plain ASCII.
                    String text = Files.readString(path, StandardCharsets.ISO_8859_1);
                    return text.contains("NaN") || text.contains("Infinity");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).map(path -> out.relativize(path).toString()).toList();
        }
    }

    /** The first line of {@code printed} that shows the program's internals, or null. */
    static String internalLine(String printed) {
        return printed.lines().filter(line -> INTERNAL.matcher(line).find()).findFirst().orElse(null);
    }
}

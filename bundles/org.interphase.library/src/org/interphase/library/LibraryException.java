package org.interphase.library;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A library file (or a combination of files) that cannot be used. The loader reads a whole file
 * before failing so that one run reports every problem; {@link #file()} and {@link #line()} give
 * the first one, {@link #problems()} all of them. It also reports a value asked for with
 * {@link Material#require(String)} that the library does not hold, located at the material's
 * definition, where the missing line belongs.
 */
public class LibraryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<LibraryProblem> problems;

    /** A single problem at a file and line. */
    public LibraryException(String file, int line, String message) {
        this(List.of(new LibraryProblem(file, line, message)));
    }

    /** Several problems, at least one; the message lists them all, one per line. */
    public LibraryException(List<LibraryProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<LibraryProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a LibraryException needs at least one problem");
        }
        return problems.size() == 1
                ? problems.get(0).toString()
                : problems.size() + " problems in the library:\n" + problems.stream()
                        .map(LibraryProblem::toString).collect(Collectors.joining("\n"));
    }

    /** The file of the first problem. */
    public String file() {
        return problems.get(0).file();
    }

    /** The 1-based line of the first problem. */
    public int line() {
        return problems.get(0).line();
    }

    /** Every problem found, in file order. */
    public List<LibraryProblem> problems() {
        return problems;
    }
}

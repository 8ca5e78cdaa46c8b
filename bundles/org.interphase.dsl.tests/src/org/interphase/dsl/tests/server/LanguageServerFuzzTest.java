package org.interphase.dsl.tests.server;

import static org.interphase.dsl.tests.server.LanguageServerTest.offset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thousand random edits (insertions, deletions, garbage) to an example as an editor sends them, each followed by
 * a request a user's editor would make at a random place. The server must answer each within 2 s, log no error,
 * and keep the same text as the editor: every 100 edits its answers are compared with those for the editor's text
 * opened afresh.
 */
class LanguageServerFuzzTest {

    private static final int EDITS = Integer.getInteger("interphase.lsp.fuzz.edits", 1000);
    private static final long SEED = 17;
    private static final long ANSWER_MILLIS = 2000;
    private static final String[] GARBAGE = { "{", "}", "x 30", "\n", " nm", "°C", "stack", "recipe R on ", "\"",
            "/*", "*/", "//", ";", "µ", "pellet:", "1e-4 S/cm", "ald", "..", "\u0000", "electrolyte ", "lithium Li",
            "é", "\t", "at 250 °C", "material", "-", "%", "import x.*", "package p" };

    @TempDir
    Path workspace;

    @Test
    void randomEditsLeaveTheServerAnsweringQuicklyWithTheEditorsText() throws Exception {
        Path examples = Path.of(System.getProperty("interphase.examples")).toAbsolutePath().normalize();
        Path file = Files.copy(examples.resolve("paa-peo-on-latp/paa-peo-on-latp.iph"),
                workspace.resolve("study.iph"));
        Files.copy(examples.resolve("paa-peo-on-latp/chemicals.iph"), workspace.resolve("chemicals.iph"));
        Random random = new Random(SEED);
        try (LanguageServerSession session = LanguageServerSession.start(workspace)) {
            TextDocumentService documents = session.server.getTextDocumentService();
            String uri = session.open(file);
            StringBuilder text = new StringBuilder(Files.readString(file));
            int version = 1;
            for (int i = 0; i < 5; i++) {
                request(documents, uri, text.toString(), random, 60_000); // warms every service up once
            }
            for (int edit = 1; edit <= EDITS; edit++) {
                session.change(uri, ++version, randomEdit(text, random));
                request(documents, uri, text.toString(), random, ANSWER_MILLIS);
                if (edit % 100 == 0) {
                    assertSameTextOnTheServer(session, documents, uri, text.toString(), edit);
                }
                assertEquals(List.of(), session.problems(), "after edit " + edit + " of the text\n" + text);
            }
        }
    }

    /** Changes {@code text} and returns the same change as the editor sends it. */
    private static TextDocumentContentChangeEvent randomEdit(StringBuilder text, Random random) {
        String before = text.toString();
        int start = random.nextInt(text.length() + 1);
        int end = start;
        String inserted = "";
        switch (random.nextInt(4)) {
            case 0 -> inserted = GARBAGE[random.nextInt(GARBAGE.length)];
            case 1 -> end = Math.min(text.length(), start + 1 + random.nextInt(20));
            case 2 -> {
                end = Math.min(text.length(), start + random.nextInt(8));
                inserted = randomCharacters(random);
            }
            default -> {
                // a line cut or duplicated, as with Ctrl+X / Ctrl+V
                int lineStart = before.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
                int lineEnd = before.indexOf('\n', start);
                lineEnd = lineEnd < 0 ? before.length() : lineEnd + 1;
                start = lineStart;
                end = random.nextBoolean() ? lineEnd : lineStart;
                inserted = end == lineStart ? before.substring(lineStart, lineEnd) : "";
            }
        }
        text.replace(start, end, inserted);
        return new TextDocumentContentChangeEvent(new Range(position(before, start), position(before, end)),
                inserted);
    }

    private static String randomCharacters(Random random) {
        StringBuilder characters = new StringBuilder();
        for (int i = random.nextInt(6); i >= 0; i--) {
            characters.appendCodePoint(random.nextInt(10) == 0 ? 0x80 + random.nextInt(0x2000)
                    : ' ' + random.nextInt(95));
        }
        return characters.toString();
    }

    /** One request an editor makes while typing, at a random place; it must be answered within {@code millis}. */
    private static void request(TextDocumentService documents, String uri, String text, Random random,
            long millis) throws Exception {
        TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
        Position at = position(text, random.nextInt(text.length() + 1));
        CompletableFuture<?> answer = switch (random.nextInt(8)) {
            case 0 -> documents.completion(new CompletionParams(document, at));
            case 1 -> documents.hover(new HoverParams(document, at));
            case 2 -> documents.definition(new DefinitionParams(document, at));
            case 3 -> documents.documentSymbol(new DocumentSymbolParams(document));
            case 4 -> documents.semanticTokensFull(new SemanticTokensParams(document));
            case 5 -> documents.foldingRange(new FoldingRangeRequestParams(document));
            case 6 -> documents.formatting(new DocumentFormattingParams(document, new FormattingOptions(2, true)));
            default -> documents.codeAction(new CodeActionParams(document, new Range(at, at),
                    new CodeActionContext(List.of())));
        };
        try {
            answer.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            fail("no answer within " + millis + " ms at " + at + " of\n" + text);
        } catch (ExecutionException e) {
            fail("the request failed at " + at + ": " + e.getCause() + "\n" + text);
        }
    }

    /**
     * The server's answers for its text equal those for the editor's text opened afresh, which they would not if
     * an edit had been lost or applied twice.
     */
    private static void assertSameTextOnTheServer(LanguageServerSession session, TextDocumentService documents,
            String uri, String text, int edit) throws Exception {
        List<Object> answers = answers(documents, uri);
        session.close(uri);
        session.open(uri, text);
        assertEquals(answers(documents, uri), answers, "the server's text differs after edit " + edit);
    }

    private static List<Object> answers(TextDocumentService documents, String uri) throws Exception {
        TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
        return List.of(LanguageServerSession.get(documents.documentSymbol(new DocumentSymbolParams(document))),
                LanguageServerSession.get(documents.semanticTokensFull(new SemanticTokensParams(document))),
                LanguageServerSession.get(documents.formatting(new DocumentFormattingParams(document,
                        new FormattingOptions(2, true)))));
    }

    private static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        Position position = new Position(line, offset - lineStart);
        assertEquals(offset, offset(text, position));
        return position;
    }
}

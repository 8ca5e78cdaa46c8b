package org.interphase.dsl.tests.server;

import static org.interphase.dsl.tests.server.LanguageServerSession.get;
import static org.interphase.dsl.tests.server.LanguageServerSession.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The language server as an editor sees it, on the repository's examples folder as the workspace: what a user of VS
 * Code (or any LSP client) gets when typing, hovering, navigating, renaming, formatting and fixing.
 */
class LanguageServerTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("interphase.examples")).toAbsolutePath()
            .normalize();
    private static final Path PAA_PEO = EXAMPLES.resolve("paa-peo-on-latp/paa-peo-on-latp.iph");
    private static final Path CHEMICALS = EXAMPLES.resolve("paa-peo-on-latp/chemicals.iph");
    /** Where the server writes the library files a client opens (the build points it into target/). */
    private static final Path LIBRARY_COPIES = Path.of(System.getProperty("interphase.cache")).resolve("library")
            .toAbsolutePath().normalize();

    private static LanguageServerSession session;
    private static TextDocumentService documents;
    /** Files a test opened that are not on disk, closed after it so they do not leak into the next test's project. */
    private final List<String> scratch = new ArrayList<>();

    @BeforeAll
    static void startTheServerOnTheExamples() throws Exception {
        session = LanguageServerSession.start(EXAMPLES);
        documents = session.server.getTextDocumentService();
    }

    @AfterAll
    static void stop() throws Exception {
        session.close();
    }

    @AfterEach
    void closeScratchFilesAndCheckTheLog() {
        scratch.forEach(session::close);
        assertEquals(List.of(), session.problems(), "errors the server logged");
    }

    @Test
    void theServerAdvertisesWhatTheEditorNeeds() {
        var capabilities = session.capabilities.getCapabilities();
        assertTrue(capabilities.getCodeActionProvider().isLeft() ? capabilities.getCodeActionProvider().getLeft()
                : capabilities.getCodeActionProvider().getRight() != null, "code actions");
        assertEquals(List.of("type", "enumMember", "function", "class", "namespace"),
                capabilities.getSemanticTokensProvider().getLegend().getTokenTypes());
        assertTrue(capabilities.getDocumentFormattingProvider().getLeft(), "formatting");
        assertTrue(capabilities.getRenameProvider().isLeft() ? capabilities.getRenameProvider().getLeft()
                : capabilities.getRenameProvider().getRight() != null, "rename");
    }

    @Test
    void anUnknownMaterialIsAnErrorOnItsName() throws Exception {
        String uri = scratch("broken.iph", "stack S {\n  lithium Lithium\n}\n");

        Diagnostic error = session.diagnostics(uri, list -> !list.isEmpty()).stream()
                .filter(d -> d.getSeverity() == DiagnosticSeverity.Error).findFirst().orElseThrow();

        assertEquals(new Range(new Position(1, 10), new Position(1, 17)), error.getRange(), message(error));
        assertTrue(message(error).contains("Lithium"), message(error));
    }

    @Test
    void theExamplesHaveNoErrors() throws Exception {
        String uri = session.open(PAA_PEO);

        List<Diagnostic> diagnostics = session.diagnostics(uri, list -> true);

        assertEquals(List.of(), diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error)
                .toList(), "imports of chemicals.iph and library materials resolve");
        assertTrue(diagnostics.stream().anyMatch(d -> message(d).startsWith("Li metal directly on LATP")),
                "the example's deliberate warning: " + diagnostics);
    }

    @Test
    void aClientThatNamesOnlyAWorkspaceFolderGetsThatFolderAsItsProject() throws Exception {
        try (LanguageServerSession folderOnly = LanguageServerSession.startWithWorkspaceFolderOnly(
                PAA_PEO.getParent())) {
            String uri = folderOnly.open(PAA_PEO);

            List<Diagnostic> diagnostics = folderOnly.diagnostics(uri, list -> true);

            assertEquals(List.of(), diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error)
                    .toList(), "the import of chemicals.iph resolves");
            assertEquals(List.of(), folderOnly.problems());
        }
    }

    @Test
    void completionAfterAnElectrolyteLabelOffersTheLibrarysElectrolytes() throws Exception {
        String text = "stack S {\n  lithium Li\n  electrolyte pellet: \n}\n";
        String uri = scratch("completion.iph", text);

        Either<List<CompletionItem>, org.eclipse.lsp4j.CompletionList> answer = get(documents.completion(
                new CompletionParams(new TextDocumentIdentifier(uri), new Position(2, 22))));

        List<CompletionItem> items = answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
        Set<String> labels = new TreeSet<>(items.stream().map(CompletionItem::getLabel).toList());
        assertTrue(labels.containsAll(List.of("LATP", "LLZO", "LAGP", "Li6PS5Cl")), labels.toString());
    }

    @Test
    void hoverOnALibraryMaterialShowsItsPropertiesWithSources() throws Exception {
        String uri = session.open(PAA_PEO);
        Position latp = position(Files.readString(PAA_PEO), "electrolyte pellet: LATP", "electrolyte pellet: ".length());

        Hover hover = get(documents.hover(new HoverParams(new TextDocumentIdentifier(uri), latp)));

        String text = hover.getContents().getRight().getValue();
        assertTrue(text.startsWith("material LATP \""), text);
        assertTrue(text.contains("built-in library"), text);
        assertTrue(text.lines().anyMatch(line -> line.matches(".*S/cm.* \u2014 \\[\\w+] .+")),
                "a conductivity with its citation: " + text);
        assertEquals(latp.getLine(), hover.getRange().getStart().getLine());
    }

    @Test
    void definitionOfALibraryMaterialIsItsEntryInAReadOnlyCopyOfTheLibraryFile() throws Exception {
        String uri = session.open(PAA_PEO);
        Position latp = position(Files.readString(PAA_PEO), "electrolyte pellet: LATP", "electrolyte pellet: ".length());

        List<? extends Location> targets = definitions(uri, latp);

        assertEquals(1, targets.size(), targets.toString());
        Path copy = Path.of(java.net.URI.create(targets.get(0).getUri()));
        assertEquals(LIBRARY_COPIES.resolve("electrolytes.iph"), copy, "a file: URI VS Code opens");
        assertEquals(builtIn("electrolytes.iph"), Files.readString(copy), "the library file as shipped");
        // Permissions, not Files.isWritable: root (CI) may write anything.
        assertTrue(Files.getPosixFilePermissions(copy).stream().noneMatch(permission -> permission.name()
                .endsWith("_WRITE")), "the copy is read-only: an override goes into the user's own file");
        assertEquals("LATP", text(Files.readString(copy), targets.get(0).getRange()));
        String line = Files.readString(copy).lines().toList().get(targets.get(0).getRange().getStart().getLine());
        assertTrue(line.startsWith("material LATP "), line);
    }

    @Test
    void definitionAndHoverOfACitedLibrarySourceReachItsDeclarationAndFullCitation() throws Exception {
        String text = "material Film \"Li3PO4\" {\n  density = 2.5 g/cm3 source Sun2025 \"Table 2\"\n}\n";
        String uri = scratch("cites.iph", text);
        Position sun = position(text, "source Sun2025", "source Su".length());

        List<? extends Location> targets = definitions(uri, sun);
        Hover hover = get(documents.hover(new HoverParams(new TextDocumentIdentifier(uri), sun)));

        assertEquals(1, targets.size(), targets.toString());
        assertEquals(uri(LIBRARY_COPIES.resolve("sources.iph")), targets.get(0).getUri());
        assertEquals("Sun2025", text(builtIn("sources.iph"), targets.get(0).getRange()));
        String citation = hover.getContents().getRight().getValue();
        assertTrue(citation.startsWith("source Sun2025"), citation);
        assertTrue(citation.contains("InfoMat (2025)") && citation.contains("DOI 10.1002/inf2.12650"), citation);
    }

    @Test
    void definitionOfAnImportedChemicalIsInTheOtherFile() throws Exception {
        String uri = session.open(PAA_PEO);
        Position pei = position(Files.readString(PAA_PEO), "dip PEI", "dip ".length());

        List<? extends Location> targets = definitions(uri, pei);

        assertEquals(1, targets.size(), targets.toString());
        assertEquals(uri(CHEMICALS), targets.get(0).getUri());
        assertEquals(position(Files.readString(CHEMICALS), "polymer PEI", "polymer ".length()).getLine(),
                targets.get(0).getRange().getStart().getLine());
    }

    @Test
    void referencesOfAChemicalAreFoundInTheFilesThatUseIt() throws Exception {
        String uri = session.open(CHEMICALS);
        Position trizma = position(Files.readString(CHEMICALS), "solution Trizma", "solution ".length());

        List<? extends Location> references = get(documents.references(new ReferenceParams(
                new TextDocumentIdentifier(uri), trizma, new ReferenceContext(false))));

        assertEquals(2, references.size(), "the two rinses: " + references);
        assertTrue(references.stream().allMatch(location -> location.getUri().equals(uri(PAA_PEO))), references.toString());
    }

    @Test
    void theOccurrencesOfAChemicalInAFileAreHighlighted() throws Exception {
        String uri = session.open(PAA_PEO);
        String text = Files.readString(PAA_PEO);
        Position trizma = position(text, "rinse Trizma", "rinse Tri".length());

        List<? extends DocumentHighlight> highlights = get(documents.documentHighlight(new DocumentHighlightParams(
                new TextDocumentIdentifier(uri), trizma)));

        assertEquals(text.split("rinse Trizma", -1).length - 1, highlights.size(), highlights::toString);
        assertTrue(highlights.stream().allMatch(h -> text(text, h.getRange()).equals("Trizma")), highlights::toString);
    }

    @Test
    void renamingAChemicalChangesItsDeclarationAndItsUsesInTheOtherFile() throws Exception {
        String uri = session.open(CHEMICALS);
        Position trizma = position(Files.readString(CHEMICALS), "solution Trizma", "solution ".length());

        WorkspaceEdit edit = get(documents.rename(new RenameParams(new TextDocumentIdentifier(uri), trizma,
                "TrisBuffer")));

        String renamedChemicals = apply(Files.readString(CHEMICALS), edits(edit, uri(CHEMICALS)));
        String renamedStudy = apply(Files.readString(PAA_PEO), edits(edit, uri(PAA_PEO)));
        assertTrue(renamedChemicals.contains("solution TrisBuffer \"(HOCH2)3CNH2\""), renamedChemicals);
        assertFalse(renamedStudy.contains("Trizma"), renamedStudy);
        assertEquals(2, renamedStudy.split("rinse TrisBuffer", -1).length - 1, renamedStudy);
    }

    @Test
    void formattingLaysABlockOut() throws Exception {
        String text = "stack   S{\nlithium Li\n      electrolyte   LLZO\n}\n";
        String uri = scratch("format.iph", text);

        List<? extends TextEdit> edits = get(documents.formatting(new DocumentFormattingParams(
                new TextDocumentIdentifier(uri), new FormattingOptions(2, true))));

        assertEquals("stack S {\n  lithium Li\n  electrolyte LLZO\n}\n", apply(text, edits));
    }

    @Test
    void semanticTokensColourMaterialsRecipesAndStacksByKind() throws Exception {
        String uri = session.open(PAA_PEO);
        String text = Files.readString(PAA_PEO);

        SemanticTokens tokens = get(documents.semanticTokensFull(new SemanticTokensParams(
                new TextDocumentIdentifier(uri))));

        List<String> legend = session.capabilities.getCapabilities().getSemanticTokensProvider().getLegend()
                .getTokenTypes();
        assertEquals("type", tokenAt(tokens, legend, position(text, "electrolyte pellet: LATP", 20)), "LATP");
        assertEquals("function", tokenAt(tokens, legend, position(text, "by PaaPeoOnLatp", 3)), "the recipe");
        assertEquals("class", tokenAt(tokens, legend, position(text, "on PaaPeoSymmetric", 3)), "the stack");
        assertEquals("enumMember", tokenAt(tokens, legend, position(text, "dip PEI", 4)), "the chemical");
    }

    @Test
    void symbolsAndFoldingFollowTheBlocks() throws Exception {
        String uri = session.open(PAA_PEO);

        List<Either<SymbolInformation, DocumentSymbol>> symbols = get(documents.documentSymbol(
                new DocumentSymbolParams(new TextDocumentIdentifier(uri))));
        List<FoldingRange> folds = get(documents.foldingRange(new FoldingRangeRequestParams(
                new TextDocumentIdentifier(uri))));

        List<String> names = symbols.stream().map(Either::getRight).flatMap(LanguageServerTest::withChildren)
                .map(DocumentSymbol::getName).toList();
        assertTrue(names.containsAll(List.of("PaaPeoOnLatp", "PaaPeoSymmetric", "PaaPeoLifetime")), names.toString());
        int stackLine = position(Files.readString(PAA_PEO), "stack PaaPeoSymmetric {", 0).getLine();
        assertTrue(folds.stream().anyMatch(fold -> fold.getStartLine() == stackLine), folds.toString());
    }

    @Test
    void aCodeActionChangesAWrongUnitAndTheErrorGoesAway() throws Exception {
        String text = "stack Cell {\n  lithium Li 200 s\n  electrolyte LLZO\n}\n";
        String uri = scratch("unit.iph", text);
        Diagnostic wrongUnit = session.diagnostics(uri, list -> list.stream().anyMatch(this::isWrongDimension))
                .stream().filter(this::isWrongDimension).findFirst().orElseThrow();

        List<Either<Command, CodeAction>> actions = get(documents.codeAction(new CodeActionParams(
                new TextDocumentIdentifier(uri), wrongUnit.getRange(), new CodeActionContext(List.of(wrongUnit)))));

        CodeAction toNanometres = actions.stream().map(Either::getRight)
                .filter(action -> action.getTitle().equals("Change the unit to 'nm'")).findFirst()
                .orElseThrow(() -> new AssertionError(actions.toString()));
        String fixed = apply(text, toNanometres.getEdit().getChanges().get(uri));
        assertTrue(fixed.contains("lithium Li 200 nm\n"), fixed);
        TextDocumentContentChangeEvent whole = new TextDocumentContentChangeEvent(fixed);
        session.change(uri, 2, whole);
        session.diagnostics(uri, list -> list.stream().noneMatch(this::isWrongDimension));
    }

    private boolean isWrongDimension(Diagnostic diagnostic) {
        return diagnostic.getCode() != null
                && InterphaseIssueCodes.WRONG_DIMENSION.equals(diagnostic.getCode().getLeft());
    }

    /** Opens a file that exists only in the editor, in a folder of its own so no example sees its names. */
    private String scratch(String name, String text) {
        String uri = uri(EXAMPLES.resolve("scratch-" + System.nanoTime()).resolve(name));
        session.open(uri, text);
        scratch.add(uri);
        return uri;
    }

    private static List<? extends Location> definitions(String uri, Position position) throws Exception {
        return get(documents.definition(new DefinitionParams(new TextDocumentIdentifier(uri), position))).getLeft();
    }

    private static String builtIn(String name) {
        return Libraries.builtInFiles().stream().filter(file -> file.name().equals(name)).findFirst().orElseThrow()
                .text();
    }

    /** The text a single-line range covers. */
    private static String text(String file, Range range) {
        String line = file.lines().toList().get(range.getStart().getLine());
        assertEquals(range.getStart().getLine(), range.getEnd().getLine(), range.toString());
        return line.substring(range.getStart().getCharacter(), range.getEnd().getCharacter());
    }

    /** The position {@code shift} characters into the first occurrence of {@code needle}. */
    static Position position(String text, String needle, int shift) {
        int offset = text.indexOf(needle);
        assertTrue(offset >= 0, needle);
        offset += shift;
        int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        return new Position(line, offset - text.lastIndexOf('\n', offset - 1) - 1);
    }

    static int offset(String text, Position position) {
        int offset = 0;
        for (int line = 0; line < position.getLine(); line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + position.getCharacter();
    }

    /** {@code text} with the edits made (back to front, so that earlier offsets stay valid). */
    static String apply(String text, List<? extends TextEdit> edits) {
        StringBuilder result = new StringBuilder(text);
        edits.stream().sorted(Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart()))
                .reversed()).forEach(edit -> result.replace(offset(text, edit.getRange().getStart()),
                        offset(text, edit.getRange().getEnd()), edit.getNewText()));
        return result.toString();
    }

    private static List<TextEdit> edits(WorkspaceEdit edit, String uri) {
        if (edit.getChanges() != null) {
            return edit.getChanges().getOrDefault(uri, List.of());
        }
        return edit.getDocumentChanges().stream().filter(Either::isLeft).map(Either::getLeft)
                .filter(change -> change.getTextDocument().getUri().equals(uri))
                .flatMap(change -> change.getEdits().stream()).filter(Either::isLeft).map(Either::getLeft).toList();
    }

    private static java.util.stream.Stream<DocumentSymbol> withChildren(DocumentSymbol symbol) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(symbol), symbol.getChildren() == null
                ? java.util.stream.Stream.empty() : symbol.getChildren().stream().flatMap(LanguageServerTest::withChildren));
    }

    private static String message(Diagnostic diagnostic) {
        return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft()
                : diagnostic.getMessage().getRight().getValue();
    }

    /** The token type covering {@code position}, decoding LSP's relative encoding; null where there is none. */
    private static String tokenAt(SemanticTokens tokens, List<String> legend, Position position) {
        List<Integer> data = tokens.getData();
        int line = 0;
        int character = 0;
        for (int i = 0; i < data.size(); i += 5) {
            line += data.get(i);
            character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
            if (line == position.getLine() && character <= position.getCharacter()
                    && position.getCharacter() < character + data.get(i + 2)) {
                return legend.get(data.get(i + 3));
            }
        }
        return null;
    }
}

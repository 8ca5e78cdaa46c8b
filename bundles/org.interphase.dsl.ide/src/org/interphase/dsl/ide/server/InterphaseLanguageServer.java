package org.interphase.dsl.ide.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.LightweightPosition;
import org.eclipse.xtext.ide.editor.syntaxcoloring.MergingHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.ide.highlighting.InterphaseSemanticHighlighting;

/**
 * Xtext's language server with Interphase's semantic tokens and a workspace root for every client. Xtext's own
 * {@code SemanticTokensService} only knows the keyword, default and number styles (and cannot be subclassed from
 * outside its package), so the kinds of names that {@link InterphaseSemanticHighlighting} finds are mapped here onto
 * standard LSP token types, which every client's theme already colours.
 */
public class InterphaseLanguageServer extends LanguageServerImpl {

    /** Style id of {@link InterphaseSemanticHighlighting} → LSP token type. */
    private static final Map<String, String> TOKEN_TYPES = Map.of(
            InterphaseSemanticHighlighting.MATERIAL, SemanticTokenTypes.Type,
            InterphaseSemanticHighlighting.CHEMICAL, SemanticTokenTypes.EnumMember,
            InterphaseSemanticHighlighting.RECIPE, SemanticTokenTypes.Function,
            InterphaseSemanticHighlighting.STACK, SemanticTokenTypes.Class,
            InterphaseSemanticHighlighting.SOURCE, SemanticTokenTypes.Namespace);

    /** The legend's order, which the token data refers to by index. */
    static final List<String> LEGEND = List.of(SemanticTokenTypes.Type, SemanticTokenTypes.EnumMember,
            SemanticTokenTypes.Function, SemanticTokenTypes.Class, SemanticTokenTypes.Namespace);

    @Override
    protected ServerCapabilities createServerCapabilities(InitializeParams params) {
        ServerCapabilities capabilities = super.createServerCapabilities(params);
        SemanticTokensWithRegistrationOptions tokens = new SemanticTokensWithRegistrationOptions(
                new SemanticTokensLegend(LEGEND, List.of()));
        tokens.setFull(true);
        tokens.setRange(false);
        capabilities.setSemanticTokensProvider(tokens);
        return capabilities;
    }

    /**
     * The folder the workspace is built from: the client's root, else its first workspace folder; an editor that
     * opened a lone file names neither, and the server's working directory stands in (the VS Code extension starts
     * the server in that file's folder). Xtext would fail the initialisation without a root.
     */
    @Override
    @SuppressWarnings("deprecation") // Xtext's hook for the root; it still decides the workspace in 2.42
    protected URI getBaseDir(InitializeParams params) {
        URI root = super.getBaseDir(params);
        if (root != null) {
            return root;
        }
        List<WorkspaceFolder> folders = params.getWorkspaceFolders();
        String folder = folders != null && !folders.isEmpty() ? folders.get(0).getUri()
                : Path.of("").toAbsolutePath().toUri().toString();
        return URI.createURI(folder);
    }

    @Override
    protected SemanticTokens semanticTokensFull(SemanticTokensParams params, CancelIndicator cancel) {
        return getWorkspaceManager().doRead(getURI(params.getTextDocument()),
                (document, resource) -> tokens(document, resource, cancel));
    }

    /** LSP's encoding: per token, line and start relative to the previous token, length, type, modifiers. */
    private SemanticTokens tokens(Document document, XtextResource resource, CancelIndicator cancel) {
        List<Integer> data = new ArrayList<>();
        if (document == null || resource == null) {
            return new SemanticTokens(data);
        }
        ISemanticHighlightingCalculator calculator = resource.getResourceServiceProvider()
                .get(ISemanticHighlightingCalculator.class);
        MergingHighlightedPositionAcceptor acceptor = new MergingHighlightedPositionAcceptor(calculator);
        calculator.provideHighlightingFor(resource, acceptor, cancel);
        acceptor.mergePositions();
        List<LightweightPosition> positions = new ArrayList<>(acceptor.getPositions());
        positions.sort(Comparator.comparingInt(LightweightPosition::getOffset));
        int lastLine = 0;
        int lastCharacter = 0;
        for (LightweightPosition token : positions) {
            int type = tokenType(token.getIds());
            if (type < 0 || token.getLength() == 0) {
                continue;
            }
            Position start = document.getPosition(token.getOffset());
            data.add(start.getLine() - lastLine);
            data.add(start.getLine() == lastLine ? start.getCharacter() - lastCharacter : start.getCharacter());
            data.add(token.getLength());
            data.add(type);
            data.add(0);
            lastLine = start.getLine();
            lastCharacter = start.getCharacter();
        }
        return new SemanticTokens(data);
    }

    private static int tokenType(String[] ids) {
        for (String id : ids) {
            String type = TOKEN_TYPES.get(id);
            if (type != null) {
                return LEGEND.indexOf(type);
            }
        }
        return -1;
    }
}

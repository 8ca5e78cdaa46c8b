package org.interphase.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes.Fix;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * Code actions for the diagnostics a client sends back: the quick fixes of {@link InterphaseQuickFixes}, which the
 * Eclipse editor offers too, as workspace edits. A diagnostic carries its issue code and data (Xtext's server puts
 * them into {@code code} and {@code data}), so nothing is validated again.
 */
public class InterphaseCodeActions implements ICodeActionService2 {

    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        String uri = options.getURI();
        Document document = options.getLanguageServerAccess().doSyncRead(uri, context -> context.getDocument());
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
            String code = diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
            if (!InterphaseQuickFixes.hasFixes(code)) {
                continue;
            }
            int offset;
            int end;
            try {
                offset = document.getOffSet(diagnostic.getRange().getStart());
                end = document.getOffSet(diagnostic.getRange().getEnd());
            } catch (IndexOutOfBoundsException staleDiagnostic) {
                continue; // the text changed since the client got the diagnostic; its next one will come
            }
            for (Fix fix : InterphaseQuickFixes.fixes(code, data(diagnostic), offset, end - offset,
                    document.getContents())) {
                CodeAction action = new CodeAction(fix.label());
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(diagnostic));
                action.setEdit(new WorkspaceEdit(Map.of(uri, fix.edits().stream()
                        .map(edit -> new TextEdit(new Range(document.getPosition(edit.offset()),
                                document.getPosition(edit.offset() + edit.length())), edit.text()))
                        .toList())));
                actions.add(Either.forRight(action));
            }
        }
        return actions;
    }

    /** The issue data as strings: a JSON array when the diagnostic came over the wire, a String[] in-process. */
    private static List<String> data(Diagnostic diagnostic) {
        Object data = diagnostic.getData();
        if (data instanceof JsonArray array) {
            List<String> values = new ArrayList<>();
            for (JsonElement element : array) {
                values.add(element.isJsonNull() ? "" : element.getAsString());
            }
            return values;
        }
        if (data instanceof String[] strings) {
            return List.of(strings);
        }
        return List.of();
    }
}

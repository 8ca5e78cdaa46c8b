package org.interphase.dsl.tests.server;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.interphase.dsl.ide.server.InterphaseServer;

/**
 * A language client connected to {@link InterphaseServer} over a pair of pipes, as an editor is over stdio: the
 * messages go through LSP4J's JSON-RPC both ways. It keeps the latest diagnostics of every file and every error the
 * server reports or logs (Xtext logs with log4j, LSP4J with java.util.logging).
 */
final class LanguageServerSession implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 60;

    final LanguageServer server;
    final InitializeResult capabilities;
    private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
    private final List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<Void> connection;
    private final ErrorLog errorLog = new ErrorLog();
    private final Handler julErrors = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                problems.add("LSP4J " + record.getLevel() + ": " + record.getMessage()
                        + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LanguageServerSession(Path root, boolean rootUri) throws Exception {
        org.apache.log4j.Logger.getRootLogger().addAppender(errorLog);
        java.util.logging.Logger.getLogger("").addHandler(julErrors);
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        connection = InterphaseServer.connect(serverIn, serverOut);
        Launcher<LanguageServer> launcher = Launcher.createLauncher(new Client(), LanguageServer.class, clientIn,
                clientOut);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams params = new InitializeParams();
        if (rootUri) {
            params.setRootUri(uri(root));
        }
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(root), root.getFileName().toString())));
        // Outline as a tree, as VS Code asks for it.
        TextDocumentClientCapabilities documents = new TextDocumentClientCapabilities();
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        documents.setDocumentSymbol(symbols);
        params.setCapabilities(new ClientCapabilities(null, documents, null));
        capabilities = get(server.initialize(params));
        server.initialized(new InitializedParams());
    }

    /** A server whose workspace is {@code root}, like an editor that opened that folder. */
    static LanguageServerSession start(Path root) throws Exception {
        return new LanguageServerSession(root, true);
    }

    /** The same, from a client that names the folder only as a workspace folder (no root URI). */
    static LanguageServerSession startWithWorkspaceFolderOnly(Path root) throws Exception {
        return new LanguageServerSession(root, false);
    }

    static String uri(Path path) {
        return path.toUri().toString();
    }

    static <T> T get(CompletableFuture<T> answer) throws Exception {
        return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Opens {@code file} with the text on disk, as an editor does. */
    String open(Path file) throws IOException {
        String uri = uri(file);
        open(uri, Files.readString(file));
        return uri;
    }

    void open(String uri, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "interphase",
                1, text)));
    }

    void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    void change(String uri, int version, TextDocumentContentChangeEvent change) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
    }

    /** Waits until the latest diagnostics published for {@code uri} satisfy {@code condition}. */
    List<Diagnostic> diagnostics(String uri, Predicate<List<Diagnostic>> condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < end) {
            List<Diagnostic> latest = diagnostics.get(uri);
            if (latest != null && condition.test(latest)) {
                return latest;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no diagnostics as expected for " + uri + " within " + TIMEOUT_SECONDS
                + " s; the latest: " + diagnostics.get(uri));
    }

    /** Errors the server logged or sent as messages since it started. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() throws Exception {
        try {
            get(server.shutdown());
            server.exit();
            connection.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } finally {
            org.apache.log4j.Logger.getRootLogger().removeAppender(errorLog);
            java.util.logging.Logger.getLogger("").removeHandler(julErrors);
        }
    }

    private final class Client implements LanguageClient {

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.put(params.getUri(), params.getDiagnostics());
        }

        @Override
        public void logMessage(MessageParams message) {
            if (message.getType() == MessageType.Error) {
                problems.add("logMessage: " + message.getMessage());
            }
        }

        @Override
        public void showMessage(MessageParams message) {
            if (message.getType() == MessageType.Error) {
                problems.add("showMessage: " + message.getMessage());
            }
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void telemetryEvent(Object object) {
        }
    }

    private final class ErrorLog extends AppenderSkeleton {

        @Override
        protected void append(LoggingEvent event) {
            if (event.getLevel().isGreaterOrEqual(Level.WARN) || event.getThrowableInformation() != null) {
                problems.add("log4j " + event.getLevel() + " " + event.getLoggerName() + ": " + event.getMessage()
                        + (event.getThrowableInformation() == null ? ""
                                : " " + event.getThrowableInformation().getThrowable()));
            }
        }

        @Override
        public boolean requiresLayout() {
            return false;
        }

        @Override
        public void close() {
        }
    }
}

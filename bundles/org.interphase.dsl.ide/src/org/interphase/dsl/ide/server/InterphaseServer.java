package org.interphase.dsl.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.interphase.dsl.ide.InterphaseIdeSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * Starts Interphase's language server (Xtext's {@code LanguageServerImpl} with {@link InterphaseLanguageServer}'s
 * additions and the services of {@code InterphaseIdeModule}) on a pair of streams or on a local socket. Each
 * connection gets its own server and workspace; the workspace is the folder the client names in {@code initialize},
 * so the other files of the project and the built-in library are in scope as in the IDE.
 */
public final class InterphaseServer {

    /** The language's services, set up once per process (the EMF registration is global anyway). */
    private static final class Language {
        static final IResourceServiceProvider.Registry REGISTRY = registry();

        private static IResourceServiceProvider.Registry registry() {
            Injector language = new InterphaseIdeSetup().createInjectorAndDoEMFRegistration();
            ResourceServiceProviderRegistryImpl registry = new ResourceServiceProviderRegistryImpl();
            // Explicit rather than Xtext's ServiceLoader lookup of ISetup, which misses the language in OSGi.
            registry.getExtensionToFactoryMap().put("iph", language.getInstance(IResourceServiceProvider.class));
            return registry;
        }
    }

    private InterphaseServer() {
    }

    /**
     * Serves one client on {@code in} and {@code out}.
     *
     * @return completes when the client sends {@code exit} or the input ends; the caller then closes the streams or
     *         ends the process (the server itself never calls {@code System.exit}, so that a socket server keeps
     *         serving its other clients)
     */
    public static CompletableFuture<Void> connect(InputStream in, OutputStream out) {
        CompletableFuture<Void> ended = new CompletableFuture<>();
        Injector injector = Guice.createInjector(Modules.override(new ServerModule()).with(binder -> {
            binder.bind(LanguageServer.class).to(InterphaseLanguageServer.class);
            binder.bind(IResourceServiceProvider.Registry.class).toInstance(Language.REGISTRY);
            binder.bind(ILanguageServerShutdownAndExitHandler.class).toInstance(new ExitSignal(ended));
        }));
        InterphaseLanguageServer server = (InterphaseLanguageServer) injector.getInstance(LanguageServer.class);
        Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        Thread.ofVirtual().name("interphase-lsp-input").start(() -> {
            try {
                listening.get();
                ended.complete(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                ended.completeExceptionally(e.getCause());
            }
        });
        return ended;
    }

    /** Ends the connection on the client's {@code exit}; {@code shutdown} needs nothing (no state is kept). */
    private record ExitSignal(CompletableFuture<Void> ended) implements ILanguageServerShutdownAndExitHandler {

        @Override
        public void exit() {
            ended.complete(null);
        }

        @Override
        public void shutdown() {
            // nothing to release before exit
        }
    }

    /**
     * Listens on 127.0.0.1:{@code port} (0 picks a free port) and serves every client that connects, each on its own
     * thread, until the process ends. Prints "listening on 127.0.0.1:port" to {@code log} once bound.
     */
    public static void listen(int port, PrintStream log) throws IOException {
        try (ServerSocket socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            log.println("interphase: language server listening on 127.0.0.1:" + socket.getLocalPort());
            while (true) {
                Socket client = socket.accept();
                Thread.ofPlatform().name("interphase-lsp-" + client.getPort()).start(() -> serve(client, log));
            }
        }
    }

    /** One client's session; its failure is reported and ends only that connection. */
    private static void serve(Socket client, PrintStream log) {
        try (client) {
            connect(client.getInputStream(), client.getOutputStream()).get();
        } catch (IOException e) {
            log.println("interphase: connection from port " + client.getPort() + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.println("interphase: connection from port " + client.getPort() + " ended: " + e.getCause());
        }
    }
}

package org.kindred.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL beside Spring's own start, as soon as the settings are known, rather than when the
 * data source is first needed: on two cores that takes a second off every start. The {@code embeddedPostgres} bean
 * claims what was started; a start that fails, or a server that nothing claimed, is stopped. Registered in
 * {@code META-INF/spring.factories}, so every Kindred context (the commands' and the tests') starts this way.
 */
public final class EarlyEmbeddedDatabase implements ApplicationListener<SpringApplicationEvent> {
    static final String BEAN = "kindredEarlyEmbeddedPostgres";

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationContextInitializedEvent initialized) {
            Environment env = initialized.getApplicationContext().getEnvironment();
            if (EmbeddedDatabase.wanted(env)) {
                initialized.getApplicationContext().getBeanFactory().registerSingleton(BEAN, Start.begin(
                        env.getProperty("kindred.data-dir", "./data"),
                        env.getProperty("kindred.embedded.ephemeral", Boolean.class, false)));
            }
        } else if (event instanceof ApplicationStartedEvent started) {
            abandon(started.getApplicationContext().getBeanFactory().getSingleton(BEAN));
        } else if (event instanceof ApplicationFailedEvent failed && failed.getApplicationContext() != null) {
            abandon(failed.getApplicationContext().getBeanFactory().getSingleton(BEAN));
        }
    }

    private static void abandon(Object start) {
        if (start instanceof Start s) s.abandon();
    }

    /** A PostgreSQL being started in the background, until the data source's bean claims it. */
    static final class Start {
        private final CompletableFuture<EmbeddedServer> server;
        private volatile boolean claimed;

        private Start(CompletableFuture<EmbeddedServer> server) {
            this.server = server;
        }

        static Start begin(String dataDir, boolean ephemeral) {
            CompletableFuture<EmbeddedServer> server = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    server.complete(EmbeddedDatabase.start(dataDir, ephemeral));
                } catch (IOException | RuntimeException e) {
                    server.completeExceptionally(e);
                }
            }, "embedded-postgres-start");
            thread.setDaemon(true);
            thread.start();
            return new Start(server);
        }

        /** The started server, now the caller's to close; the start's own failure if it failed. */
        EmbeddedServer claim() throws IOException {
            claimed = true;
            try {
                return server.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof IOException io) throw io;
                if (e.getCause() instanceof RuntimeException runtime) throw runtime;
                throw e;
            }
        }

        void abandon() {
            if (!claimed) {
                server.thenAccept(postgres -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}

package org.kindred.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * `serve` started with `java -jar`: runs the server in a second JVM, from the jar extracted once under the data
 * directory, with a class-data-sharing archive of the classes a start loads. Java 17 takes such an archive only as a
 * command-line flag and only for classes on a plain class path, neither of which `java -jar` on a Spring Boot jar
 * gives; so this first JVM, small and idle, launches the server, passes on a stop and waits. The archive is written
 * as the first such server stops, and every later start loads its classes from it: about 40% less CPU to start
 * (docs/performance.md, docs/adr/0009). {@code KINDRED_CLASS_DATA=off} runs the server in this JVM, as before; so
 * does any start that is not from the packaged jar (tests, an IDE) or that already sets its own archive.
 */
final class ClassDataSharing {
    static final String RELAUNCHED = "kindred.relaunched";
    private static final String ARCHIVE = "kindred.jsa";

    private ClassDataSharing() {
    }

    /** The server's exit status once it ends, or empty when the server should run in this JVM. */
    static Optional<Integer> serve(List<String> args, String dataDir) {
        Path jar = packagedJar();
        if (jar == null || System.getProperty(RELAUNCHED) != null
                || "off".equalsIgnoreCase(System.getenv("KINDRED_CLASS_DATA"))) {
            return Optional.empty();
        }
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-Xshare")
                || o.startsWith("-XX:ArchiveClassesAtExit") || o.startsWith("-agentlib:jdwp"))) {
            return Optional.empty();
        }
        String data = dataDir != null ? dataDir : System.getenv().getOrDefault("KINDRED_DATA_DIR", "./data");
        Path extracted;
        try {
            extracted = extracted(jar, Path.of(data, "jvm"));
        } catch (IOException e) {
            // A data directory Kindred cannot write to fails later with its own message; this start is only slower
            System.err.println("Kindred starts without its class-data archive: " + e.getMessage());
            return Optional.empty();
        }
        try {
            return Optional.of(new Server(extracted, jvmOptions, args).run());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the server's JVM: " + e.getMessage(), e);
        }
    }

    /** In the server's JVM: stops when the launching JVM is gone (killed outright, it could not pass a stop on). */
    static void stopWithLauncher() {
        if (System.getProperty(RELAUNCHED) != null) {
            ProcessHandle.current().parent().ifPresent(launcher -> launcher.onExit().thenRun(() -> System.exit(143)));
        }
    }

    /** The Spring Boot jar this JVM was started from with `java -jar`, or null. */
    private static Path packagedJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) return null;
        Path jar = Path.of(classPath).toAbsolutePath();
        return Files.isRegularFile(jar) ? jar : null;
    }

    /** The jar extracted (a thin jar and its libraries) into a folder named for this build; older builds' removed. */
    private static Path extracted(Path jar, Path cache) throws IOException {
        String build = Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis();
        Path dir = cache.resolve(build);
        if (Files.isRegularFile(dir.resolve("kindred.jar"))) return dir;
        Files.createDirectories(cache);
        try (Stream<Path> old = Files.list(cache)) {
            old.filter(p -> !p.equals(dir)).forEach(ClassDataSharing::deleteQuietly);
        }
        Path partial = cache.resolve(build + ".partial");
        ExtractedJar.extract(jar, partial);
        Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        return dir;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteQuietly(Path path) {
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // an old build's copy left behind costs disk, nothing else
        }
    }

    /** The server's JVM: writes the archive as it ends when there is none yet, else starts from it. */
    private static final class Server {
        private final Path archive;
        private final Path written;
        private final List<String> command = new ArrayList<>();
        private Process process;
        private boolean finished;

        Server(Path extracted, List<String> jvmOptions, List<String> args) {
            archive = extracted.resolve(ARCHIVE);
            written = extracted.resolve(ARCHIVE + "." + ProcessHandle.current().pid());
            removeUnfinished(extracted);
            command.add(java());
            command.addAll(jvmOptions);
            command.add(Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive
                    : "-XX:ArchiveClassesAtExit=" + written);
            // The archive's notes (classes it leaves out, one that no longer fits) are no one's business but ours
            command.add("-Xlog:cds=off,cds+dynamic=off");
            command.add("-D" + RELAUNCHED + "=true");
            command.add("-jar");
            command.add(extracted.resolve("kindred.jar").toString());
            command.addAll(args);
        }

        /** Archives a launcher started but never finished (it was killed outright) are of no use. */
        private static void removeUnfinished(Path extracted) {
            try (Stream<Path> files = Files.list(extracted)) {
                files.filter(f -> f.getFileName().toString().matches("kindred\\.jsa\\.\\d+"))
                        .filter(f -> ProcessHandle.of(Long.parseLong(f.getFileName().toString().substring(12)))
                                .map(p -> !p.isAlive()).orElse(true))
                        .forEach(ClassDataSharing::deleteQuietly);
            } catch (IOException ignored) {
                // left for the next start to try again
            }
        }

        int run() throws IOException {
            process = new ProcessBuilder(command).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stop-server"));
            while (true) {
                try {
                    int status = process.waitFor();
                    finish();
                    return status;
                } catch (InterruptedException e) {
                    // keep waiting: the server decides when it has stopped
                }
            }
        }

        /** This JVM told to stop (Ctrl-C, a service manager): the server stops in order and writes its archive. */
        private void stop() {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finish();
        }

        private synchronized void finish() {
            if (finished) return;
            finished = true;
            try {
                if (Files.isRegularFile(written) && Files.size(written) > 0) {
                    Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(written);
                }
            } catch (IOException e) {
                // without the archive the next start is as slow as this one, no worse
            }
        }
    }
}

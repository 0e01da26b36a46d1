package org.kindred.returns.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * `returns validate` runs hundreds of rule classes over the data once each, and HotSpot's optimising compiler (C2)
 * spends more CPU compiling their loops than its code then saves: on the fake return (1.5 MB) it took a third of
 * the process's CPU; on the fake return copied 40 times (43 MB, 202,000 episodes) C2 compiled for 41 s of compiler
 * threads and the process took 24.2 s of CPU, against 19.3 s with the quick compiler (C1) alone (issue 19,
 * docs/performance.md). So for any input up to {@link #SMALL} this leaves the JIT to C1 through a compiler
 * directive, which the program adds itself (as `jcmd PID Compiler.directives_add` would). Larger inputs keep C2.
 */
final class ShortRunCompiler {
    /** Inputs up to this size (all the CSV files, or the XML file) validate quicker without C2: up to 4 times a national return. */
    static final long SMALL = 256L << 20;

    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private ShortRunCompiler() {
    }

    private static boolean done;

    /** Adds the directive, once, when the input is small; any failure leaves the JIT as it was. */
    static synchronized void forInput(Path input) {
        if (done || !small(input)) {
            return;
        }
        done = true;
        try {
            // Named after the process rather than Files.createTempFile, which starts the security providers for
            // a random name; CREATE_NEW does not follow a link another user left there (this is then skipped).
            Path file = Path.of(System.getProperty("java.io.tmpdir"), "kindred-jit-" + ProcessHandle.current().pid() + ".json");
            Files.writeString(file, DIRECTIVE, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                diagnosticCommand("Compiler.directives_add " + file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (Exception | LinkageError e) {
            // Only a matter of speed.
        }
    }

    /** Whether the input is readable and at most {@link #SMALL}: a missing or unreadable one leaves the JIT alone. */
    static boolean small(Path input) {
        try {
            return input != null && Files.exists(input) && size(input) <= SMALL;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Runs a diagnostic command in this JVM, as jcmd would. The JMX route (the platform MBean server) costs a third
     * of a second of CPU to start, more than it saves here, so the command is run directly: the jar's manifest opens
     * jdk.management's internal package for this (Add-Opens, see pom.xml).
     */
    private static void diagnosticCommand(String command) throws ReflectiveOperationException {
        // Through the platform class loader: asked for a JDK class outside java.*, the fat jar's class loader first
        // looks for its package in every library it holds. The first class's initialiser loads the native library.
        ClassLoader jdk = ClassLoader.getPlatformClassLoader();
        Class.forName("com.sun.management.internal.PlatformMBeanProviderImpl", true, jdk);
        Class<?> type = Class.forName("com.sun.management.internal.DiagnosticCommandImpl", true, jdk);
        java.lang.reflect.Method bean = type.getDeclaredMethod("getDiagnosticCommandMBean");
        bean.setAccessible(true);
        java.lang.reflect.Method execute = type.getDeclaredMethod("executeDiagnosticCommand", String.class);
        execute.setAccessible(true);
        execute.invoke(bean.invoke(null), command);
    }

    /** The input's size in bytes (all its regular files, for a directory); 0 when it cannot be read. */
    static long sizeOrZero(Path input) {
        try {
            return Files.exists(input) ? size(input) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long size(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return Files.size(input);
        }
        long total = 0;
        try (Stream<Path> files = Files.list(input)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                total += Files.isRegularFile(p) ? Files.size(p) : 0;
            }
        }
        return total;
    }
}

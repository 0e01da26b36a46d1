package org.kindred.returns.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * On a small return `returns validate` is over in about a second, and HotSpot's optimising compiler (C2) spends
 * more CPU compiling the rules' loops than its code then saves: on two cores it takes a third of the process's CPU
 * from the rules. For a small input this leaves the JIT to its quick compiler (C1) through a compiler directive,
 * which the program adds itself (as `jcmd PID Compiler.directives_add` would). A national return keeps C2.
 */
final class ShortRunCompiler {
    /** Inputs up to this size (all the CSV files, or the XML file) validate in well under a second of rules. */
    static final long SMALL = 8L << 20;

    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private ShortRunCompiler() {
    }

    /** Adds the directive when the input is small; any failure leaves the JIT as it was. */
    static void forInput(Path input) {
        try {
            if (size(input) > SMALL) {
                return;
            }
            Path file = Files.createTempFile("kindred-jit", ".json");
            try {
                Files.writeString(file, DIRECTIVE);
                diagnosticCommand("Compiler.directives_add " + file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (Exception | LinkageError e) {
            // Only a matter of speed.
        }
    }

    /**
     * Runs a diagnostic command in this JVM, as jcmd would. The JMX route (the platform MBean server) costs a third
     * of a second of CPU to start, more than it saves here, so the command is run directly: the jar's manifest opens
     * jdk.management's internal package for this (Add-Opens, see pom.xml).
     */
    private static void diagnosticCommand(String command) throws ReflectiveOperationException {
        // Its class initialiser loads the native library the command runs in.
        Class.forName("com.sun.management.internal.PlatformMBeanProviderImpl");
        Class<?> type = Class.forName("com.sun.management.internal.DiagnosticCommandImpl");
        java.lang.reflect.Method bean = type.getDeclaredMethod("getDiagnosticCommandMBean");
        bean.setAccessible(true);
        java.lang.reflect.Method execute = type.getDeclaredMethod("executeDiagnosticCommand", String.class);
        execute.setAccessible(true);
        execute.invoke(bean.invoke(null), command);
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

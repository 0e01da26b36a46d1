package org.kindred.returns.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A large return (from {@link #LARGE}, e.g. a national one) is validated in a second JVM started with the settings
 * that suit one pass over a big heap: the throughput collector (ParallelGC), the quick compiler alone
 * ({@code TieredStopAtLevel=1}) and an initial heap of half the limit (at most 1 GB). On the fake return copied 40 times they took the process's CPU from about 17.5 s to
 * 14.5 s on the busy 2-core machine (docs/performance.md, issue 19): G1's concurrent work and C1's profiling compiles
 * cost more than they save in a run of seconds. {@code java -jar} cannot carry JVM options, so the command starts
 * the second JVM itself: same java, same options (the heap limit above all), same arguments, its output and exit
 * code passed through. Skipped when the options already choose a collector or a compiler level (bin/kindred sets
 * them), when writing a class-data archive, inside the second JVM itself, and when the JDK cannot give this
 * process's arguments (on Linux, for a command line of thousands of characters, such as a long class path given
 * without an argument file).
 */
final class BatchJvm {
    /** Inputs from this size are validated in the second JVM; 0.3 s of CPU to start it is small beside theirs. */
    static final long LARGE = 32L << 20;

    private static final String MARK = "kindred.returns.batchJvm";

    private BatchJvm() {
    }

    /** The second JVM's exit code, or -1 when validation should run here (small input, or it could not start). */
    static int run(Path input) {
        if (System.getProperty(MARK) != null) {
            return -1;
        }
        long large = Long.getLong(MARK + ".bytes", LARGE);
        if (input == null || ShortRunCompiler.sizeOrZero(input) < large) {
            return -1;
        }
        List<String> command = command();
        if (command == null) {
            return -1;
        }
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            Thread stop = new Thread(child::destroy, "returns-batch-jvm-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return code;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Whether the command line already chooses a collector or a compiler level, or writes a class-data archive. */
    static boolean chooses(String[] arguments) {
        for (String a : arguments) {
            if (a.matches("-XX:[+-]Use\\w*GC") || a.startsWith("-XX:TieredStopAtLevel") || a.startsWith("-XX:ArchiveClassesAtExit")
                    || a.equals("-XX:-TieredCompilation")) {
                return true;
            }
        }
        return false;
    }

    /** This JVM's own command line with the batch settings put first; null when it cannot or should not be used. */
    static List<String> command() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        String java = info.command().orElse(null);
        String[] arguments = info.arguments().orElse(null);
        if (java == null || arguments == null || !Path.of(java).getFileName().toString().startsWith("java")) {
            return null;
        }
        if (chooses(arguments)) {
            return null;
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("-XX:+UseParallelGC");
        command.add("-XX:TieredStopAtLevel=1");
        // An initial heap of half the limit (at most 1 GB): the old generation then does not fill at its small
        // initial size, and the one full collection of a national run goes (1.5-2 s of CPU less at 40x).
        long halfMb = Runtime.getRuntime().maxMemory() / 2 / (1 << 20);
        if (halfMb >= 16 && Arrays.stream(arguments).noneMatch(a -> a.startsWith("-Xms") || a.contains("InitialHeapSize"))) {
            command.add("-Xms" + Math.min(1024, halfMb) + "m");
        }
        command.add("-D" + MARK + "=1");
        command.addAll(List.of(arguments));
        return command;
    }
}

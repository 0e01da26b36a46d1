package org.kindred.returns.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The list of a return's rule classes and the collection years each is in force, written at build time
 * (process-classes, see pom.xml) to {@code <rule package>/rules.idx}. With it `returns validate` loads only the
 * year's rule classes and needs no class path scan: a scan of the fat jar starts Spring's resource resolver and
 * logging, a third of a second before the first rule runs. Without the file (an IDE build) the registry scans.
 *
 * <p>One line per rule version, the class named from the rule package: {@code ClassName code lac2022_23 2022/23,2023/24}
 * or {@code header.Rule101 101 lac2024_25 2024/25}.
 */
public final class RuleIndex {
    static final String FILE = "rules.idx";

    /** One indexed rule version: its class, its code, its upstream rule set and the collection years ("2023/24") in force. */
    public record Entry(String className, String code, String ruleset, List<String> years) {
    }

    private RuleIndex() {
    }

    /** The index of the return's rules, or null when the build did not write one. */
    static List<Entry> read(ReturnKind kind) {
        String resource = kind.rulePackage().replace('.', '/') + "/" + FILE;
        InputStream in = RuleIndex.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return null;
        }
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] parts = line.trim().split(" ");
                if (!parts[0].isEmpty()) {
                    // A rule version in force for no year (kept from the catalogue) has no years after its name.
                    List<String> years = parts.length > 3 ? Arrays.asList(parts[3].split(",")) : List.of();
                    entries.add(new Entry(kind.rulePackage() + "." + parts[0], parts[1], parts[2], years));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return entries;
    }

    /** Build step: {@code RuleIndex <classes dir>} writes the index of every return's rules there. */
    public static void main(String[] args) throws IOException, ClassNotFoundException {
        Path classes = Path.of(args[0]);
        for (ReturnKind kind : ReturnKind.values()) {
            Path folder = classes.resolve(kind.rulePackage().replace('.', '/'));
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                    String name = folder.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                    if (!name.endsWith(".class") || name.contains("$") || name.endsWith("package-info.class")) {
                        continue;
                    }
                    String relative = name.substring(0, name.length() - ".class".length());
                    Class<?> type = Class.forName(kind.rulePackage() + "." + relative, false, RuleIndex.class.getClassLoader());
                    if (!RuleRegistry.concrete(type) || !Rule.class.isAssignableFrom(type)) {
                        continue;
                    }
                    for (RuleDefinition def : type.getAnnotationsByType(RuleDefinition.class)) {
                        lines.add(relative + " " + def.code() + " " + def.ruleset() + " " + String.join(",", def.years()));
                    }
                }
            }
            Files.write(folder.resolve(FILE), lines, StandardCharsets.UTF_8);
        }
    }
}

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
 * <p>One line per rule class: {@code ClassName 2022/23,2023/24}.
 */
public final class RuleIndex {
    static final String FILE = "rules.idx";

    /** One indexed rule class: its simple name and the collection years ("2023/24") it is in force. */
    public record Entry(String className, List<String> years) {
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
                    List<String> years = parts.length > 1 ? Arrays.asList(parts[1].split(",")) : List.of();
                    entries.add(new Entry(kind.rulePackage() + "." + parts[0], years));
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
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(".class") || name.contains("$") || name.equals("package-info.class")) {
                        continue;
                    }
                    String simple = name.substring(0, name.length() - ".class".length());
                    Class<?> type = Class.forName(kind.rulePackage() + "." + simple, false, RuleIndex.class.getClassLoader());
                    RuleDefinition def = type.getAnnotation(RuleDefinition.class);
                    if (def != null && RuleRegistry.concrete(type)) {
                        lines.add(simple + " " + String.join(",", def.years()));
                    }
                }
            }
            Files.write(folder.resolve(FILE), lines, StandardCharsets.UTF_8);
        }
    }
}

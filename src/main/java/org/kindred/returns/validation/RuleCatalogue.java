package org.kindred.returns.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A return's rule catalogue: every rule version Kindred implements, with its {@link RuleDefinition} and the class that
 * holds its logic, read from {@code <rule package>/catalogue.tsv} in the jar. The catalogue is data (what the DfE
 * publishes about each rule, and the tables the engine must find before it runs one), the classes are logic: a year
 * whose messages or ranges change is an edit here, not in the code (ADR 0017). It also spares {@code returns
 * validate} a class path scan and the loading of rule classes not in force for the year.
 *
 * <p>One line a rule version, tab-separated: the class from the rule package ({@code adoption.Rule333}), code,
 * ruleset, ERROR or QUERY, years, tables, optional tables, fields (lists comma-separated), message. Lines starting
 * with {@code #} are comments.
 */
public final class RuleCatalogue {
    static final String FILE = "catalogue.tsv";

    /** One rule version: its definition and the fully qualified name of the class that checks it. */
    public record Entry(String className, RuleDefinition definition) {
    }

    private static final Map<ReturnKind, List<Entry>> READ = new ConcurrentHashMap<>();

    /** The definition of a rule class that carries exactly one; a {@link RuleVersion} is given its own. */
    private static final ClassValue<RuleDefinition> ONLY_DEFINITION = new ClassValue<>() {
        @Override
        protected RuleDefinition computeValue(Class<?> type) {
            List<Entry> own = entriesOf(type);
            if (own.size() != 1) {
                throw new IllegalStateException(type.getName() + " has " + own.size()
                        + " catalogue entries; a class with several extends RuleVersion");
            }
            return own.get(0).definition();
        }
    };

    private RuleCatalogue() {
    }

    /** Every entry of the return's catalogue, in the file's order. */
    public static List<Entry> entries(ReturnKind kind) {
        return READ.computeIfAbsent(kind, RuleCatalogue::read);
    }

    /** The entries a rule class checks, in the file's order (none for a class in no return's rule package). */
    static List<Entry> entriesOf(Class<?> type) {
        for (ReturnKind kind : ReturnKind.values()) {
            if (type.getName().startsWith(kind.rulePackage() + ".")) {
                return entries(kind).stream().filter(e -> e.className().equals(type.getName())).toList();
            }
        }
        return List.of();
    }

    static RuleDefinition onlyDefinitionOf(Class<?> type) {
        return ONLY_DEFINITION.get(type);
    }

    private static List<Entry> read(ReturnKind kind) {
        String resource = kind.rulePackage().replace('.', '/') + "/" + FILE;
        InputStream in = RuleCatalogue.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("No rule catalogue " + resource + " on the class path");
        }
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 9) {
                    throw new IllegalStateException(resource + ":" + number + ": " + f.length + " fields, not 9");
                }
                entries.add(new Entry(kind.rulePackage() + "." + f[0], new RuleDefinition(f[1], f[2], f[8],
                        list(f[4]), list(f[5]), list(f[6]), list(f[7]), RuleType.valueOf(f[3]))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return List.copyOf(entries);
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split(","));
    }
}

package org.kindred.returns.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * `returns validate` arguments of the usual shape, read without picocli: building picocli's model of the command
 * (reflection, annotation proxies, a thousand kilobytes of picocli classes) is a fifth of the CPU of validating the
 * fake return. Anything else (help, a mistake, an option twice, an unknown return, @files) is left to picocli, which
 * reports it as before; what is read here is exactly what picocli would have set.
 */
final class PlainArguments {
    private PlainArguments() {
    }

    /** The command with its options set, or null when picocli must read the arguments. */
    static ValidateCommand parse(String... args) {
        ValidateCommand c = new ValidateCommand();
        Set<String> seen = new HashSet<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (!a.startsWith("-")) {
                    if (c.input != null || a.startsWith("@") || a.isEmpty()) {
                        return null;
                    }
                    c.input = Path.of(a);
                    continue;
                }
                int eq = a.indexOf('=');
                String name = eq > 0 ? a.substring(0, eq) : a;
                String value = eq > 0 ? a.substring(eq + 1) : null;
                if (!seen.add(name)) {
                    return null;
                }
                if (name.equals("--json") || name.equals("--timings") || name.equals("--no-schema")) {
                    if (value != null) {
                        return null;
                    }
                    c.json |= name.equals("--json");
                    c.timings |= name.equals("--timings");
                    c.noSchema |= name.equals("--no-schema");
                    continue;
                }
                if (value == null) {
                    if (i + 1 == args.length || args[i + 1].startsWith("-") || args[i + 1].startsWith("@")) {
                        return null;
                    }
                    value = args[++i];
                }
                if (value.isEmpty() || !set(c, name, value)) {
                    return null;
                }
            }
        } catch (InvalidPathException e) {
            return null;
        }
        return complete(c) ? c : null;
    }

    private static boolean set(ValidateCommand c, String name, String value) {
        switch (name) {
            case "--return":
                c.kind = value;
                return true;
            case "--year":
                if (!value.matches("[0-9]{1,9}")) {
                    return false;
                }
                c.year = Integer.parseInt(value);
                return true;
            case "--last":
                c.last = Path.of(value);
                return true;
            case "--providers":
                c.providers = Path.of(value);
                return true;
            case "--la":
                c.la = value;
                return true;
            default:
                return false;
        }
    }

    /** Required options present, and a combination the command accepts (it reports the others through picocli). */
    private static boolean complete(ValidateCommand c) {
        if (c.kind == null || c.input == null || c.year == 0) {
            return false;
        }
        String kind = c.kind.toLowerCase(Locale.ROOT);
        if (kind.equals("cin")) {
            return c.last == null && c.providers == null && c.la == null;
        }
        return (kind.equals("ssda903") || kind.equals("903")) && !c.noSchema;
    }

    /** Runs the command as picocli's execute would: its exit code (the command reports its own crashes). */
    static int run(ValidateCommand c) {
        try {
            return c.call();
        } catch (RuntimeException e) {
            PrintWriter err = writer(System.err, "sun.stderr.encoding");
            err.println(e.getMessage());
            err.flush();
            return ValidateCommand.UNREADABLE;
        }
    }

    /** The writer picocli would give (its encoding from the given system property, else the default). */
    static PrintWriter writer(OutputStream stream, String encodingProperty) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset(encodingProperty))), true);
    }

    /** The console's character set as picocli would choose it. */
    static Charset charset(String encodingProperty) {
        String encoding = System.getProperty(encodingProperty);
        Charset charset = Charset.defaultCharset();
        if (encoding != null) {
            try {
                charset = Charset.forName(encoding.equalsIgnoreCase("cp65001") ? "UTF-8" : encoding);
            } catch (IllegalArgumentException e) {
                // picocli falls back to the default as well
            }
        }
        return charset;
    }
}

package org.kindred.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The Spring Boot jar laid out as a plain class path, as `java -Djarmode=tools -jar kindred.jar extract` lays it out:
 * `kindred.jar` (the application's classes, its Main-Class the Start-Class, a Class-Path naming the libraries) and
 * `lib/` (the libraries, in the order of the jar's classpath.idx). Done here rather than by that tool because the
 * tool is a second JVM that spends two seconds of a first start compressing the classes again; here the libraries
 * are copied on one core while the classes are written, uncompressed, on the other.
 */
final class ExtractedJar {
    private static final String CLASSES = "BOOT-INF/classes/";
    private static final String LIB = "BOOT-INF/lib/";
    /** The loader's own file system provider: the plain class path has no nested jars. */
    private static final String LOADER_SERVICE = "META-INF/services/java.nio.file.spi.FileSystemProvider";

    private ExtractedJar() {
    }

    /** Writes the layout into {@code into} (a new folder) and returns the thin jar. */
    static Path extract(Path fatJar, Path into) throws IOException {
        Files.createDirectories(into.resolve("lib"));
        try (ZipFile fat = new ZipFile(fatJar.toFile())) {
            List<String> libraries = libraries(fat);
            CompletableFuture<Void> copied = CompletableFuture.runAsync(() -> copyLibraries(fat, libraries, into.resolve("lib")));
            Path thin = into.resolve("kindred.jar");
            writeThinJar(fat, libraries, thin);
            try {
                copied.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof java.io.UncheckedIOException io) throw io.getCause();
                throw e;
            }
            return thin;
        }
    }

    /** The libraries on the class path, in order: classpath.idx where there is one, else every library. */
    private static List<String> libraries(ZipFile fat) throws IOException {
        ZipEntry index = fat.getEntry("BOOT-INF/classpath.idx");
        List<String> names = new ArrayList<>();
        if (index != null) {
            try (InputStream in = fat.getInputStream(index)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String entry = line.trim();
                    if (entry.startsWith("- \"") && entry.endsWith("\"")) {
                        names.add(entry.substring(3, entry.length() - 1).substring(LIB.length()));
                    }
                }
            }
            return names;
        }
        fat.stream().map(ZipEntry::getName).filter(n -> n.startsWith(LIB) && n.endsWith(".jar"))
                .forEach(n -> names.add(n.substring(LIB.length())));
        return names;
    }

    private static void copyLibraries(ZipFile fat, List<String> libraries, Path lib) {
        try {
            for (String name : libraries) {
                try (InputStream in = fat.getInputStream(fat.getEntry(LIB + name))) {
                    Files.copy(in, lib.resolve(name));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void writeThinJar(ZipFile fat, List<String> libraries, Path thin) throws IOException {
        Manifest manifest = manifest(fat, libraries);
        Set<String> written = new HashSet<>();
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(thin))) {
            out.setMethod(ZipOutputStream.STORED);
            stored(out, JarFile.MANIFEST_NAME, manifestBytes(manifest));
            written.add(JarFile.MANIFEST_NAME);
            written.add("META-INF/"); // the tool writes no entry for the folder itself
            for (ZipEntry entry : fat.stream().toList()) {
                String name = entry.getName();
                String target = name.startsWith(CLASSES) ? name.substring(CLASSES.length())
                        : name.startsWith("META-INF/") && !name.equals(LOADER_SERVICE) ? name : null;
                if (target == null || target.isEmpty() || !written.add(target)) continue;
                try (InputStream in = fat.getInputStream(entry)) {
                    stored(out, target, entry.isDirectory() ? new byte[0] : in.readAllBytes());
                }
            }
        }
    }

    private static Manifest manifest(ZipFile fat, List<String> libraries) throws IOException {
        Manifest manifest;
        try (InputStream in = fat.getInputStream(fat.getEntry(JarFile.MANIFEST_NAME))) {
            manifest = new Manifest(in);
        }
        Attributes main = manifest.getMainAttributes();
        main.putValue("Main-Class", main.getValue("Start-Class"));
        main.keySet().removeIf(k -> k.toString().equals("Start-Class") || k.toString().startsWith("Spring-Boot-"));
        main.putValue("Class-Path", String.join(" ", libraries.stream().map(n -> "lib/" + n).toList()));
        return manifest;
    }

    private static byte[] manifestBytes(Manifest manifest) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        manifest.write(bytes);
        return bytes.toByteArray();
    }

    /** An uncompressed entry: nothing to inflate when the classes load, nothing to deflate now. */
    private static void stored(ZipOutputStream out, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
        out.putNextEntry(entry);
        ((OutputStream) out).write(content);
        out.closeEntry();
    }
}

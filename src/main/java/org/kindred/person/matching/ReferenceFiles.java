package org.kindred.person.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the matching reference files are read from: the copies shipped in the jar ({@code reference/matching/},
 * see docs/third-party.md), or a folder laid out the same way (a newer name file, the published sources).
 */
public interface ReferenceFiles {

    BufferedReader open(String relativePath) throws IOException;

    /** Said in messages: where the files are. */
    String describe();

    static ReferenceFiles bundled() {
        return new ReferenceFiles() {
            @Override
            public BufferedReader open(String relativePath) throws IOException {
                String name = "reference/matching/" + relativePath;
                InputStream in = ReferenceFiles.class.getClassLoader().getResourceAsStream(name);
                if (in == null) throw new NoSuchFileException(name + " (not in the jar)");
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            }

            @Override
            public String describe() {
                return "the jar's reference/matching";
            }
        };
    }

    static ReferenceFiles directory(Path dir) {
        return new ReferenceFiles() {
            @Override
            public BufferedReader open(String relativePath) throws IOException {
                return Files.newBufferedReader(dir.resolve(relativePath), StandardCharsets.UTF_8);
            }

            @Override
            public String describe() {
                return dir.toAbsolutePath().toString();
            }
        };
    }

    /** The folder named by a setting when it is given, else the jar's own files. */
    static ReferenceFiles configuredOr(String directory) {
        return directory == null || directory.isBlank() ? bundled() : directory(Path.of(directory));
    }
}

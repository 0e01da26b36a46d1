package org.kindred.person.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.MMapDirectory;

/** A memory-mapped Lucene directory in a fresh temporary folder that is deleted when closed. */
final class TemporaryDirectory extends FilterDirectory {

    private final Path folder;

    private TemporaryDirectory(Path folder) throws IOException {
        super(new MMapDirectory(folder));
        this.folder = folder;
    }

    static TemporaryDirectory create() {
        try {
            return new TemporaryDirectory(Files.createTempDirectory("kindred-person-index"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        super.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}

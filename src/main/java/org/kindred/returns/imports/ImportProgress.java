package org.kindred.returns.imports;

/** Told as an import moves through its file, so a long import shows how far it has got. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void step(int children, long bytesRead, long totalBytes) {
        }
    };

    /** After each child: children read so far, and how far into the file (bytes) the reader is. */
    void step(int children, long bytesRead, long totalBytes);

    /** The whole file has been read (the transaction has not committed yet). */
    default void done(int children, long totalBytes) {
    }
}

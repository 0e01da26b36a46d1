package org.kindred.returns.cin;

import java.nio.file.Path;

/** Run in a child JVM with a small heap by CinStreamMemoryTest: reads a census streamed or whole and says how many children. */
public final class CinStreamProbe {
    private CinStreamProbe() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[1]);
        int children = args[0].equals("stream")
                ? CinXmlReader.stream(file, (census, bytes) -> census.table("CINdetails").orElseThrow())
                : CinXmlReader.read(file).table("ChildIdentifiers").orElseThrow().size();
        System.out.println("children " + children);
    }
}

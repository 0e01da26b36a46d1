package org.kindred.geography.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The compact form of the ONS Postcode Directory: one file per postcode area ({@code AB.bin}), each listing its
 * districts' postcodes in order with their grid references and LA codes, delta-encoded (about 5 bytes a postcode),
 * plus {@code areas.txt} naming the areas and the source. The jar carries one under
 * {@code org/kindred/geography/postcodes/}; {@code kindred postcodes load} writes a newer one into
 * {@code <data dir>/postcodes}, which is then read instead.
 */
public final class PostcodeFiles {
    static final String RESOURCE = "/org/kindred/geography/postcodes/";
    private static final int MAGIC = 0x4B504331; // "KPC1"

    private PostcodeFiles() {
    }

    /** {@code <data dir>/postcodes} when a directory was loaded there (it has areas.txt), else null (the jar's copy). */
    public static Path loadedDirectory() {
        String dataDir = System.getProperty("kindred.data-dir");
        if (dataDir == null) {
            dataDir = System.getenv("KINDRED_DATA_DIR");
        }
        Path dir = Path.of(dataDir == null ? "data" : dataDir, "postcodes");
        return Files.isRegularFile(dir.resolve("areas.txt")) ? dir : null;
    }

    /** One area from the directory (null: the jar's copy), or null when the directory has no such area. */
    public static PostcodeArea readArea(Path dir, String area) {
        try (InputStream in = open(dir, area + ".bin")) {
            return in == null ? null : read(new DataInputStream(new BufferedInputStream(in, 1 << 16)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read postcode area " + area, e);
        }
    }

    private static InputStream open(Path dir, String name) throws IOException {
        if (dir == null) {
            return PostcodeFiles.class.getResourceAsStream(RESOURCE + name);
        }
        Path file = dir.resolve(name);
        return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
    }

    /**
     * The area's LA codes and district index are read at once; each district's postcodes (a byte range of the file)
     * only when first looked up, so a return full of postcodes from districts that do not exist costs next to nothing.
     */
    private static PostcodeArea read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Kindred postcode file");
        }
        String[] las = new String[in.readInt()];
        for (int i = 0; i < las.length; i++) {
            las[i] = in.readUTF();
        }
        int districts = in.readInt();
        String[] names = new String[districts];
        int[] counts = new int[districts];
        int[] lengths = new int[districts];
        for (int d = 0; d < districts; d++) {
            names[d] = in.readUTF();
            counts[d] = in.readInt();
            lengths[d] = in.readInt();
        }
        byte[] records = in.readAllBytes();
        Map<String, java.util.function.Supplier<PostcodeArea.District>> byOutward = new HashMap<>(districts * 2);
        int offset = 0;
        for (int d = 0; d < districts; d++) {
            int from = offset;
            int n = counts[d];
            byOutward.put(names[d], () -> decode(records, from, n, las));
            offset += lengths[d];
        }
        return new PostcodeArea(byOutward);
    }

    private static PostcodeArea.District decode(byte[] bytes, int from, int n, String[] las) {
        int[] at = {from};
        int[] inward = new int[n];
        int[] east = new int[n];
        int[] north = new int[n];
        String[] la = new String[n];
        int code = 0;
        int e = 0;
        int no = 0;
        String current = null;
        for (int i = 0; i < n; i++) {
            int head = readVarint(bytes, at);
            code += head >>> 2;
            inward[i] = code;
            if ((head & 2) != 0) {
                int idx = readVarint(bytes, at);
                current = idx == 0 ? null : las[idx - 1];
            }
            la[i] = current;
            if ((head & 1) != 0) {
                east[i] = PostcodeArea.NONE;
                north[i] = PostcodeArea.NONE;
            } else {
                e += unzigzag(readVarint(bytes, at));
                no += unzigzag(readVarint(bytes, at));
                east[i] = e;
                north[i] = no;
            }
        }
        return new PostcodeArea.District(inward, east, north, la);
    }

    /** One row of a postcode directory. */
    record Row(String outward, int inward, Integer easting, Integer northing, String la) {
    }

    /**
     * Reads a postcode directory CSV (plain or .gz): either the four columns {@code postcode,la_code,easting,northing}
     * or the ONSPD's own file (columns pcd, oslaua or lad.., oseast1m, osnrth1m) and writes the compact form into
     * {@code out}. Returns the number of postcodes written. Rows with a postcode of another shape are left out.
     */
    public static int convert(Path csv, Path out, String source) throws IOException {
        Files.createDirectories(out);
        Map<String, TreeMap<String, List<Row>>> areas = new TreeMap<>();
        int count = 0;
        try (BufferedReader r = reader(csv)) {
            String header = r.readLine();
            if (header == null) {
                throw new IOException(csv + ":1:1: empty file");
            }
            List<String> columns = split(header.replace("\uFEFF", "").toLowerCase(Locale.ROOT));
            int pc = first(columns, "postcode", "pcd", "pcds");
            int la = first(columns, "la_code", "oslaua", "lad25cd", "lad24cd", "lad23cd", "laua");
            int east = first(columns, "easting", "oseast1m");
            int north = first(columns, "northing", "osnrth1m");
            if (pc < 0 || la < 0 || east < 0 || north < 0) {
                throw new IOException(csv + ":1:1: expected columns postcode,la_code,easting,northing"
                        + " (or the ONSPD's pcd, oslaua, oseast1m, osnrth1m)");
            }
            String line;
            int lineNo = 1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                List<String> cells = split(line);
                if (cells.size() <= Math.max(Math.max(pc, la), Math.max(east, north))) {
                    throw new IOException(csv + ":" + lineNo + ":" + (cells.size() + 1) + ": too few fields");
                }
                String compact = cells.get(pc).replace(" ", "").toUpperCase(Locale.ROOT);
                if (compact.length() < 5 || compact.length() > 7) {
                    continue;
                }
                String outward = compact.substring(0, compact.length() - 3);
                int inward = PostcodeArea.inward(compact.substring(compact.length() - 3));
                String area = area(outward);
                if (inward < 0 || area == null) {
                    continue;
                }
                Row row = new Row(outward, inward, number(cells.get(east)), number(cells.get(north)),
                        cells.get(la).isBlank() ? null : cells.get(la).trim());
                areas.computeIfAbsent(area, a -> new TreeMap<>()).computeIfAbsent(outward, o -> new ArrayList<>()).add(row);
                count++;
            }
        }
        for (var area : areas.entrySet()) {
            write(out.resolve(area.getKey() + ".bin"), area.getValue());
        }
        Files.writeString(out.resolve("areas.txt"), "# " + source + "\n" + String.join("\n", areas.keySet()) + "\n");
        return count;
    }

    private static void write(Path file, TreeMap<String, List<Row>> districts) throws IOException {
        Map<String, Integer> las = new LinkedHashMap<>();
        for (List<Row> rows : districts.values()) {
            for (Row row : rows) {
                if (row.la() != null) {
                    las.putIfAbsent(row.la(), las.size() + 1);
                }
            }
        }
        try (OutputStream os = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(las.size());
            for (String la : las.keySet()) {
                out.writeUTF(la);
            }
            out.writeInt(districts.size());
            java.io.ByteArrayOutputStream blob = new java.io.ByteArrayOutputStream();
            for (var d : districts.entrySet()) {
                List<Row> rows = new ArrayList<>(d.getValue());
                rows.sort(java.util.Comparator.comparingInt(Row::inward));
                // A postcode listed twice keeps its first row.
                List<Row> distinct = new ArrayList<>();
                for (Row row : rows) {
                    if (distinct.isEmpty() || distinct.get(distinct.size() - 1).inward() != row.inward()) {
                        distinct.add(row);
                    }
                }
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                DataOutputStream records = new DataOutputStream(bytes);
                int code = 0;
                int e = 0;
                int n = 0;
                String current = null;
                boolean first = true;
                for (Row row : distinct) {
                    boolean noGrid = row.easting() == null || row.northing() == null;
                    boolean laChanged = first || !java.util.Objects.equals(current, row.la());
                    writeVarint(records, ((row.inward() - code) << 2) | (laChanged ? 2 : 0) | (noGrid ? 1 : 0));
                    code = row.inward();
                    if (laChanged) {
                        writeVarint(records, row.la() == null ? 0 : las.get(row.la()));
                        current = row.la();
                    }
                    if (!noGrid) {
                        writeVarint(records, zigzag(row.easting() - e));
                        writeVarint(records, zigzag(row.northing() - n));
                        e = row.easting();
                        n = row.northing();
                    }
                    first = false;
                }
                records.flush();
                out.writeUTF(d.getKey());
                out.writeInt(distinct.size());
                out.writeInt(bytes.size());
                bytes.writeTo(blob);
            }
            blob.writeTo(out);
        }
    }

    private static BufferedReader reader(Path csv) throws IOException {
        InputStream in = Files.newInputStream(csv);
        if (csv.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Fields of a CSV line; quotes (the ONSPD quotes every field) are removed, no field holds a comma. */
    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>(8);
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == ',') {
                String cell = line.substring(start, i).trim();
                if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
                    cell = cell.substring(1, cell.length() - 1);
                }
                cells.add(cell);
                start = i + 1;
            }
        }
        return cells;
    }

    private static int first(List<String> columns, String... names) {
        for (String n : names) {
            int i = columns.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static Integer number(String cell) {
        if (cell.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(cell.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String area(String outward) {
        int i = 0;
        while (i < outward.length() && Character.isLetter(outward.charAt(i))) {
            i++;
        }
        return i == 0 || i > 4 ? null : outward.substring(0, i);
    }

    private static int zigzag(int v) { return (v << 1) ^ (v >> 31); }

    private static int unzigzag(int v) { return (v >>> 1) ^ -(v & 1); }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(byte[] bytes, int[] at) {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = bytes[at[0]++] & 0xFF;
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }

    /** Converts the directory given on the command line into the given folder: the build's tool for the jar's copy. */
    public static void main(String[] args) throws IOException {
        System.out.println(convert(Path.of(args[0]), Path.of(args[1]), args.length > 2 ? args[2] : args[0]) + " postcodes");
    }
}

package org.kindred.returns.ssda903;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The usual SSDA903 CSV file (ASCII, no quotes, no lone carriage returns, no NUL, no overlong line) split straight
 * from its bytes into columns: no decoding, no String per line or per field, and one String per distinct cell text
 * (upper-cased), looked up by its bytes. At national scale this is most of the reading's CPU (issue 19). Gives the
 * same cells and errors as {@link Ssda903Reader}'s text route, which reads every other file.
 */
final class AsciiCsv {
    /** Past this many distinct texts in a file, cells are no longer shared (text that is not codes or dates). */
    private static final int DISTINCT_BOUND = 2_000_000;

    private AsciiCsv() {
    }

    /** Whether {@link #split} can read these bytes: plain ASCII CSV as described above. */
    static boolean fits(byte[] b, int maxLine) {
        int lineStart = 0;
        for (int i = 0, n = b.length; i < n; i++) {
            byte c = b[i];
            if (c < 0 || c == 0 || c == '"') {
                return false;
            }
            if (c == '\r' && (i + 1 == n || b[i + 1] != '\n')) {
                return false;
            }
            if (c == '\n') {
                if (i - lineStart >= maxLine) {
                    return false;
                }
                lineStart = i + 1;
            }
        }
        return b.length - lineStart < maxLine;
    }

    /** The header (trimmed) and the cells by column ([column][row]), each row's missing trailing fields null. */
    record Split(List<String> header, String[][] byColumn, int rows) {
    }

    /** A row with more fields than the header: its line and how many fields it has. */
    static final class TooWide extends RuntimeException {
        final int line;
        final int fields;
        final int width;

        TooWide(int line, int fields, int width) {
            super(null, null, false, false);
            this.line = line;
            this.fields = fields;
            this.width = width;
        }
    }

    /**
     * The file split; null when it has no header row (only empty lines). {@code onHeader} sees the header as soon as
     * it is read (and may throw), as before any row.
     */
    static Split split(byte[] b, java.util.function.Consumer<List<String>> onHeader) {
        int n = b.length;
        int lines = 1;
        for (byte c : b) {
            if (c == '\n') {
                lines++;
            }
        }
        Distinct distinct = new Distinct();
        byte[] upper = new byte[64];
        List<String> header = null;
        String[][] cols = null;
        int rows = 0;
        int line = 0;
        for (int start = 0; start < n; ) {
            int end = indexOf(b, (byte) '\n', start, n);
            int next = end < 0 ? n : end + 1;
            end = end < 0 ? n : end;
            if (end > start && b[end - 1] == '\r') {
                end--;
            }
            line++;
            if (end > start) {
                if (header == null) {
                    header = new ArrayList<>();
                    for (int from = start, i = start; i <= end; i++) {
                        if (i == end || b[i] == ',') {
                            header.add(new String(b, from, i - from, StandardCharsets.ISO_8859_1).trim());
                            from = i + 1;
                        }
                    }
                    onHeader.accept(header);
                    cols = new String[header.size()][lines];
                } else {
                    int width = cols.length;
                    int c = 0;
                    for (int from = start, i = start; i <= end; i++) {
                        if (i == end || b[i] == ',') {
                            if (c == width) {
                                throw new TooWide(line, width + 1 + count(b, (byte) ',', i, end), width);
                            }
                            int len = i - from;
                            if (len > 0) {
                                if (len > upper.length) {
                                    upper = new byte[Math.max(len, upper.length * 2)];
                                }
                                cols[c][rows] = distinct.of(b, from, len, upper);
                            }
                            c++;
                            from = i + 1;
                        }
                    }
                    rows++;
                }
            }
            start = next;
        }
        if (header == null) {
            return null;
        }
        for (int c = 0; c < cols.length; c++) {
            cols[c] = Arrays.copyOf(cols[c], rows);
        }
        return new Split(header, cols, rows);
    }

    private static int indexOf(byte[] b, byte v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private static int count(byte[] b, byte v, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (b[i] == v) {
                k++;
            }
        }
        return k;
    }

    /** One String per distinct upper-cased text, found by the bytes (open addressing, linear probing). */
    private static final class Distinct {
        private String[] strings = new String[1 << 12];
        private int[] hashes = new int[1 << 12];
        private int size;

        String of(byte[] b, int from, int len, byte[] upper) {
            int h = 0;
            for (int i = 0; i < len; i++) {
                byte c = b[from + i];
                if (c >= 'a' && c <= 'z') {
                    c -= 32;
                }
                upper[i] = c;
                h = 31 * h + c;
            }
            if (size >= DISTINCT_BOUND) {
                return new String(upper, 0, len, StandardCharsets.ISO_8859_1);
            }
            int mask = strings.length - 1;
            int slot = mix(h) & mask;
            for (String s; (s = strings[slot]) != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == h && same(s, upper, len)) {
                    return s;
                }
            }
            String s = new String(upper, 0, len, StandardCharsets.ISO_8859_1);
            strings[slot] = s;
            hashes[slot] = h;
            if (++size * 2 > strings.length) {
                grow();
            }
            return s;
        }

        private static boolean same(String s, byte[] upper, int len) {
            if (s.length() != len) {
                return false;
            }
            for (int i = 0; i < len; i++) {
                if (s.charAt(i) != upper[i]) {
                    return false;
                }
            }
            return true;
        }

        private static int mix(int h) {
            return h ^ (h >>> 16);
        }

        private void grow() {
            String[] oldStrings = strings;
            int[] oldHashes = hashes;
            strings = new String[oldStrings.length * 2];
            hashes = new int[oldStrings.length * 2];
            int mask = strings.length - 1;
            for (int i = 0; i < oldStrings.length; i++) {
                if (oldStrings[i] != null) {
                    int slot = mix(oldHashes[i]) & mask;
                    while (strings[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    strings[slot] = oldStrings[i];
                    hashes[slot] = oldHashes[i];
                }
            }
        }
    }
}

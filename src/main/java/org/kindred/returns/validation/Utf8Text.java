package org.kindred.returns.validation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, in one streaming pass with a fixed buffer, that a return file is UTF-8 text with no line over 1 MB,
 * before it is parsed: an encoding fault is reported at its line and byte offset (a decoder reading ahead in
 * blocks reports "Input length = 1" somewhere near the start), a UTF-16 file is named as such, and a huge line is
 * refused before it is held in memory.
 */
public final class Utf8Text {
    public static final int MAX_LINE_BYTES = 1024 * 1024;

    private Utf8Text() {
    }

    public static void check(Path file) {
        check(file, MAX_LINE_BYTES, "UTF-8 CSV");
    }

    /**
     * The same check for an XML return (the CIN census is UTF-8), without the line limit: XML may be written on one
     * line, and the reader bounds each element's text instead.
     */
    public static void checkXml(Path file) {
        check(file, Long.MAX_VALUE, "UTF-8 XML");
    }

    private static void check(Path file, long maxLineBytes, String saveAs) {
        String where = file.toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long offset = 0;
            long lineStart = 0;
            long sequenceStart = 0;
            int line = 1;
            int pending = 0;
            for (int b = in.read(); b >= 0; b = in.read(), offset++) {
                // 0xFE and 0xFF never occur in UTF-8: at the start they are UTF-16's byte order mark.
                if (offset == 0 && (b == 0xFE || b == 0xFF)) {
                    throw new ReturnFileException(where, 1, 1, "UTF-16 text (byte offset 0): save the file as " + saveAs);
                }
                if (pending > 0) {
                    if ((b & 0xC0) != 0x80) throw notUtf8(where, line, sequenceStart, lineStart, saveAs);
                    pending--;
                } else if (b >= 0x80) {
                    sequenceStart = offset;
                    if (b >= 0xC2 && b <= 0xDF) pending = 1;
                    else if (b >= 0xE0 && b <= 0xEF) pending = 2;
                    else if (b >= 0xF0 && b <= 0xF4) pending = 3;
                    else throw notUtf8(where, line, offset, lineStart, saveAs);
                } else if (b == '\n') {
                    line++;
                    lineStart = offset + 1;
                } else if (b == 0) {
                    throw new ReturnFileException(where, line, (int) Math.min(Integer.MAX_VALUE, offset - lineStart + 1),
                            "a NUL byte at byte offset " + offset + ": not text (UTF-16?); save the file as " + saveAs);
                }
                if (offset - lineStart >= maxLineBytes) {
                    throw new ReturnFileException(where, line, 0, "line " + line + " is longer than 1 MB: not a return");
                }
            }
            if (pending > 0) throw notUtf8(where, line, sequenceStart, lineStart, saveAs);
        } catch (IOException e) {
            throw new ReturnFileException(where, 0, 0, "cannot read file: " + e.getMessage());
        }
    }

    private static ReturnFileException notUtf8(String where, int line, long offset, long lineStart, String saveAs) {
        return new ReturnFileException(where, line, (int) Math.min(Integer.MAX_VALUE, offset - lineStart + 1),
                "not UTF-8 text at byte offset " + offset + " (Latin-1 or Windows-1252?): save the file as " + saveAs);
    }
}

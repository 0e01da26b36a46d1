package org.kindred.returns.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.kindred.returns.validation.Failure;

/**
 * A block of report lines made straight into bytes, the same lines as {@link ReportText#line}. ASCII text is copied
 * byte by byte; anything else is encoded by the character set; a rule's message (the same String for every failure
 * of the rule) is encoded once per block.
 */
final class LineBytes {
    private final Charset charset;
    private final Map<String, byte[]> encoded = new IdentityHashMap<>();
    private byte[] buf;
    private int size;

    LineBytes(Charset charset, int capacity) {
        this.charset = charset;
        this.buf = new byte[Math.max(capacity, 64)];
    }

    /** Whether ASCII text is its own bytes in the character set, as the fast path assumes. */
    static boolean fits(Charset charset) {
        return charset != null && (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)
                || charset.equals(StandardCharsets.ISO_8859_1));
    }

    void line(Failure f) {
        known(f.type().name()).put((byte) ' ').known(f.rule());
        if (f.table() == null) {
            text(" whole return");
        } else {
            put((byte) ' ').known(f.table()).text(" row ").number(f.row());
            if (f.child() != null) {
                text(" child ").text(f.child());
            }
        }
        if (f.field() != null && !f.field().isEmpty()) {
            text(" field ").known(f.field());
        }
        text(": ").known(f.message()).put((byte) '\n');
    }

    /** How many Strings {@link #known} keeps encoded: a rule's code, table, fields and message, a few per rule. */
    private static final int KNOWN = 4096;

    /**
     * Text that comes back line after line as the very same String (the rule's code, table, fields, message): encoded
     * once per block and copied; past {@link #KNOWN} different ones, encoded as any other text.
     */
    private LineBytes known(String s) {
        byte[] b = encoded.get(s);
        if (b == null) {
            if (encoded.size() >= KNOWN) {
                return text(s);
            }
            b = s.getBytes(charset);
            encoded.put(s, b);
        }
        room(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
        return this;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, size);
    }

    private LineBytes text(String s) {
        int n = s.length();
        room(n);
        int start = size;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                size = start;
                byte[] b = s.getBytes(charset);
                room(b.length);
                System.arraycopy(b, 0, buf, size, b.length);
                size += b.length;
                return this;
            }
            buf[size++] = (byte) c;
        }
        return this;
    }

    private LineBytes number(int v) {
        if (v < 0) {
            return text(Integer.toString(v));
        }
        int digits = 1;
        for (int x = v; x >= 10; x /= 10) {
            digits++;
        }
        room(digits);
        for (int i = size + digits - 1, x = v; i >= size; i--, x /= 10) {
            buf[i] = (byte) ('0' + x % 10);
        }
        size += digits;
        return this;
    }

    private LineBytes put(byte b) {
        room(1);
        buf[size++] = b;
        return this;
    }

    private void room(int n) {
        if (size + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
        }
    }
}

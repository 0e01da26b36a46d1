package org.kindred.returns.export;

/** Writing XML elements by hand: the returns are flat, and the schemas fix the order. */
final class Xml {
    private Xml() {
    }

    /** {@code <name>text</name>}, or {@code <name />} when the text is null or blank. */
    static void element(StringBuilder x, String name, String text) {
        if (text == null || text.isBlank()) {
            x.append('<').append(name).append(" />");
            return;
        }
        x.append('<').append(name).append('>');
        escape(x, text.trim());
        x.append("</").append(name).append('>');
    }

    private static void escape(StringBuilder x, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> x.append("&lt;");
                case '>' -> x.append("&gt;");
                case '&' -> x.append("&amp;");
                case '"' -> x.append("&quot;");
                default -> x.append(c);
            }
        }
    }
}

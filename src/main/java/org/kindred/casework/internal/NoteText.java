package org.kindred.casework.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * A note's Markdown as HTML a page may insert unescaped: CommonMark renders it with any raw HTML escaped (so a typed
 * {@code <script>} is shown as text), and OWASP's sanitiser then keeps only an allow-list of formatting elements, in
 * case a renderer bug ever lets something through. Two maintained libraries, no hand-written escaping.
 */
public final class NoteText {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "br").toFactory());

    private NoteText() {
    }

    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /** The first words of the note as plain text, for the chronology's one-line summary. */
    public static String summary(String markdown, int max) {
        String plain = markdown.replaceAll("[#*_`>\\[\\]]", "").replaceAll("\\s+", " ").trim();
        return plain.length() <= max ? plain : plain.substring(0, max - 1).trim() + "…";
    }
}

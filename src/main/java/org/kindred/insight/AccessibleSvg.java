package org.kindred.insight;

import org.springframework.web.util.HtmlUtils;

/** A chart's SVG made to scale and to be read out: a view box, the role of an image, a title and a description. */
public final class AccessibleSvg {
    private AccessibleSvg() {
    }

    /** JFreeSVG writes the drawing; the name, description and role for assistive technology are added here. */
    public static String of(String svg, String id, String title, String description, int width, int height) {
        int open = svg.indexOf('>');
        String head = svg.substring(0, open).replaceFirst(" width=['\"][^'\"]*['\"]", "")
                .replaceFirst(" height=['\"][^'\"]*['\"]", "");
        return head + " viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" class=\"kindred-chart\""
                + " aria-labelledby=\"" + id + "-title " + id + "-desc\"><title id=\"" + id + "-title\">"
                + HtmlUtils.htmlEscape(title) + "</title><desc id=\"" + id + "-desc\">" + HtmlUtils.htmlEscape(description)
                + "</desc>" + svg.substring(open + 1);
    }
}

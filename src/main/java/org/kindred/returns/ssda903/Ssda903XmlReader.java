package org.kindred.returns.ssda903;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.kindred.returns.validation.ReturnFileException;
import org.kindred.returns.validation.Table;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the "Expanded SSDA903 Return" XML (root {@code EXPSSDA903}, schema CLA.xsd) into the same tables as the CSV
 * files, the way the DfE's reference validator converts it: one Header row per CHILD (with its UASC element as a
 * column), an Episodes row per EPISODE, Reviews/Missing/PlacedAdoption rows per AREVIEW/AMISSING/AD_PLACED, OC2 and
 * PrevPerm rows per OC2/PERMANENCE element, and UASC, OC3 and AD1 rows for children whose UASC, IN_TOUCH or DATE_INT
 * element has a value. Each row also carries the child's own fields (CHILD, DOB, SEX...). CHILDID is read as CHILD and
 * PL as PLACE. The XML has no social worker or DoLo tables.
 */
public final class Ssda903XmlReader {
    private static final Map<String, String> RENAMED = Map.of("CHILDID", "CHILD", "PL", "PLACE");
    private static final Map<String, String> HEADER_SUBTABLES = Map.of(
            "AREVIEW", "Reviews", "AMISSING", "Missing", "OC2", "OC2", "PERMANENCE", "PrevPerm",
            "AD_PLACED", "PlacedAdoption");

    private Ssda903XmlReader() {
    }

    public static Map<String, Table> read(Path file) {
        Document doc = parse(file);
        Element root = doc.getDocumentElement();
        if (!"EXPSSDA903".equals(name(root))) {
            throw new ReturnFileException(file.toString(), 1, 1,
                    "root element is " + name(root) + ", expected EXPSSDA903 (an SSDA903 XML return)");
        }
        Map<String, List<List<String>>> rows = new LinkedHashMap<>();
        for (String t : List.of("Header", "Episodes", "UASC", "Reviews", "OC2", "OC3", "AD1", "PlacedAdoption",
                "PrevPerm", "Missing")) {
            rows.put(t, new ArrayList<>());
        }
        for (Element child : children(root)) {
            if (!"CHILD".equals(name(child))) {
                continue;
            }
            Element header = children(child).stream().filter(e -> "HEADER".equals(name(e))).findFirst().orElse(null);
            Map<String, String> base = header == null ? new HashMap<>() : leaves(header);
            rows.get("Header").add(row(headerColumns(), base));
            if (base.get("UASC") != null) {
                rows.get("UASC").add(row(Ssda903Tables.COLUMNS.get("UASC"), base));
            }
            if (base.get("IN_TOUCH") != null) {
                rows.get("OC3").add(row(Ssda903Tables.COLUMNS.get("OC3"), base));
            }
            if (base.get("DATE_INT") != null) {
                rows.get("AD1").add(row(Ssda903Tables.COLUMNS.get("AD1"), base));
            }
            if (header != null) {
                for (Element sub : children(header)) {
                    String table = HEADER_SUBTABLES.get(name(sub));
                    if (table != null) {
                        rows.get(table).add(row(Ssda903Tables.COLUMNS.get(table), merged(base, sub)));
                    }
                }
            }
            for (Element episode : children(child)) {
                if ("EPISODE".equals(name(episode))) {
                    rows.get("Episodes").add(row(Ssda903Tables.COLUMNS.get("Episodes"), merged(base, episode)));
                }
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        rows.forEach((t, r) -> tables.put(t, new Table(t, t.equals("Header") ? headerColumns()
                : Ssda903Tables.COLUMNS.get(t), r)));
        return tables;
    }

    private static List<String> headerColumns() {
        List<String> cols = new ArrayList<>(Ssda903Tables.COLUMNS.get("Header"));
        cols.add("UASC");
        return cols;
    }

    private static Document parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b.parse(in, file.toUri().toString());
        } catch (SAXParseException e) {
            throw new ReturnFileException(file.toString(), Math.max(e.getLineNumber(), 0),
                    Math.max(e.getColumnNumber(), 0), "malformed XML: " + e.getMessage());
        } catch (SAXException e) {
            throw new ReturnFileException(file.toString(), 0, 0, "malformed XML: " + e.getMessage());
        } catch (IOException e) {
            throw new ReturnFileException(file.toString(), 0, 0, "cannot read file: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser not available", e);
        }
    }

    /** Field name to value for the element's child elements that have no element children. */
    private static Map<String, String> leaves(Element parent) {
        Map<String, String> values = new HashMap<>();
        for (Element e : children(parent)) {
            if (children(e).isEmpty()) {
                String tag = name(e);
                String text = e.getTextContent() == null ? "" : e.getTextContent().trim();
                values.put(RENAMED.getOrDefault(tag, tag), text.isEmpty() ? null : text.toUpperCase(Locale.ROOT));
            }
        }
        return values;
    }

    private static Map<String, String> merged(Map<String, String> base, Element sub) {
        Map<String, String> m = new HashMap<>(base);
        m.putAll(leaves(sub));
        return m;
    }

    private static List<String> row(List<String> columns, Map<String, String> values) {
        List<String> row = new ArrayList<>(columns.size());
        for (String c : columns) {
            row.add(values.get(c));
        }
        return row;
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) n);
            }
        }
        return out;
    }

    private static String name(Element e) { return e.getLocalName() != null ? e.getLocalName() : e.getNodeName(); }
}

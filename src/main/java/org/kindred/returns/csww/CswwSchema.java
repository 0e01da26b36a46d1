package org.kindred.returns.csww;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The DfE's CSWW 2022 schema, read from the jar once; its complaints named by worker and field. */
final class CswwSchema {
    static final String RESOURCE = "/reference/csww/social_work_workforce_2022.xsd";
    private static final Pattern EXPECTED = Pattern.compile("One of '\\{([A-Za-z0-9]+)");
    private static final Schema SCHEMA = load();

    private CswwSchema() {
    }

    private static Schema load() {
        try (var in = CswwSchema.class.getResourceAsStream(RESOURCE)) {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newSchema(new StreamSource(in));
        } catch (Exception e) {
            throw new IllegalStateException("The CSWW schema in the jar cannot be read", e);
        }
    }

    static List<CswwProblem> validate(CswwXml xml) {
        List<CswwProblem> problems = new ArrayList<>();
        Validator v = SCHEMA.newValidator();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(named(xml, e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(named(xml, e));
            }
        });
        try {
            v.validate(new StreamSource(new StringReader(xml.text())));
        } catch (SAXException | java.io.IOException e) {
            problems.add(new CswwProblem("The file", "-", e.getMessage()));
        }
        return dedupe(problems);
    }

    private static CswwProblem named(CswwXml xml, SAXParseException e) {
        int line = e.getLineNumber();
        CswwXml.Line at = line >= 1 && line <= xml.lines().size() ? xml.lines().get(line - 1) : new CswwXml.Line(null, null);
        String message = e.getMessage();
        Matcher m = EXPECTED.matcher(message);
        String field = m.find() ? m.group(1) : at.field();
        return new CswwProblem(at.worker() == null ? "The file" : at.worker(), field == null ? "-" : field,
                "does not meet the DfE's schema: " + message);
    }

    /** Xerces reports a bad value twice (the facet, then the element): one line per worker and field is enough. */
    private static List<CswwProblem> dedupe(List<CswwProblem> problems) {
        List<CswwProblem> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CswwProblem p : problems) {
            if (seen.add(p.worker() + "\u0000" + p.field())) out.add(p);
        }
        return out;
    }
}

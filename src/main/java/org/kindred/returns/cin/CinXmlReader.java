package org.kindred.returns.cin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.ReturnFileException;
import org.kindred.returns.validation.Table;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a CIN census XML return into the flat tables the DfE validation rules work on: Header,
 * ChildIdentifiers, ChildCharacteristics, Disabilities, CINdetails, Assessments, CINplanDates, Section47,
 * ChildProtectionPlans and Reviews. Each child-level table carries the child's LAchildID; tables below a
 * CIN episode carry CINdetailsID (1, 2... within the child), those below a protection plan CPPID (1, 2...
 * within the episode), and assessments AssessmentID. A cell is the element's text, null when the element is
 * absent or empty; dates stay as written (yyyy-mm-dd); the assessment factors of one assessment become one
 * cell with the codes joined by ",".
 */
public final class CinXmlReader {
    /** A folder of CIN_schema_&lt;year&gt;.xsd files to use instead of the jar's own (docs/third-party.md). */
    public static final String SCHEMA_DIR_PROPERTY = "kindred.cin.schemaDir";
    private static final String BUNDLED_SCHEMAS = "reference/cin/";

    static final List<String> HEADER = List.of("Collection", "Year", "ReferenceDate", "SourceLevel", "LEA",
            "SoftwareCode", "Release", "SerialNo", "DateTime");
    static final List<String> CHILD_IDENTIFIERS = List.of("LAchildID", "UPN", "FormerUPN", "UPNunknown",
            "PersonBirthDate", "ExpectedPersonBirthDate", "GenderCurrent", "Sex", "PersonDeathDate");
    static final List<String> CHILD_CHARACTERISTICS = List.of("LAchildID", "Ethnicity");
    static final List<String> DISABILITIES = List.of("LAchildID", "Disability");
    static final List<String> CIN_DETAILS = List.of("LAchildID", "CINdetailsID", "CINreferralDate", "ReferralSource",
            "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "DateOfInitialCPC", "ReferralNFA");
    static final List<String> ASSESSMENTS = List.of("LAchildID", "CINdetailsID", "AssessmentID",
            "AssessmentActualStartDate", "AssessmentInternalReviewDate", "AssessmentAuthorisationDate",
            "AssessmentFactors");
    static final List<String> CIN_PLAN_DATES = List.of("LAchildID", "CINdetailsID", "CINPlanStartDate",
            "CINPlanEndDate");
    static final List<String> SECTION47 = List.of("LAchildID", "CINdetailsID", "S47ActualStartDate",
            "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired");
    static final List<String> CHILD_PROTECTION_PLANS = List.of("LAchildID", "CINdetailsID", "CPPID", "CPPstartDate",
            "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "NumberOfPreviousCPP");
    static final List<String> REVIEWS = List.of("LAchildID", "CINdetailsID", "CPPID", "CPPreviewDate");

    private CinXmlReader() {
    }

    /** Reads the file without schema validation (it must still be well-formed XML with a Message root). */
    public static ReturnData read(Path file) {
        return readWithSchema(file, null);
    }

    /**
     * Reads the file, first validating it against CIN_schema_&lt;schemaYear&gt;.xsd when the year is not null: the
     * jar's copy, or the one in the folder named by system property {@value #SCHEMA_DIR_PROPERTY}.
     */
    public static ReturnData read(Path file, Integer schemaYear) {
        URL schema = null;
        if (schemaYear != null) {
            String name = "CIN_schema_" + schemaYear + ".xsd";
            String dir = System.getProperty(SCHEMA_DIR_PROPERTY);
            schema = dir != null ? fileUrl(Path.of(dir, name)) : CinXmlReader.class.getClassLoader().getResource(BUNDLED_SCHEMAS + name);
            if (schema == null) {
                throw new ReturnFileException(file.toString(), 0, 0, "no CIN schema for " + schemaYear
                        + (dir != null ? " in " + dir : " in Kindred (the years it knows: 2017 to 2026)"));
            }
        }
        return readWithSchema(file, schema);
    }

    private static URL fileUrl(Path schema) {
        try {
            return Files.isRegularFile(schema) ? schema.toUri().toURL() : null;
        } catch (java.net.MalformedURLException e) {
            return null;
        }
    }

    /** Reads the file, validating it first against the given XSD file when it is not null. */
    public static ReturnData readWithSchema(Path file, URL schema) {
        if (!Files.isRegularFile(file)) {
            throw new ReturnFileException(file.toString(), 0, 0, "file not found");
        }
        if (schema != null) {
            validate(file, schema);
        }
        Node root = parse(file);
        if (!root.name.equals("Message")) {
            throw new ReturnFileException(file.toString(), root.line, root.column,
                    "expected a CIN census <Message>, found <" + root.name + ">");
        }
        return flatten(root);
    }

    private static void validate(Path file, URL schemaFile) {
        Schema schema;
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,nested");
            schema = factory.newSchema(schemaFile);
        } catch (SAXException e) {
            throw new ReturnFileException(schemaFile.toString(), 0, 0, "unreadable schema: " + e.getMessage());
        }
        Validator validator = schema.newValidator();
        try {
            // A return file must not make the validator fetch anything.
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("XML validator does not support access restrictions", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            validator.validate(new StreamSource(in, file.toUri().toString()));
        } catch (SAXParseException e) {
            throw new ReturnFileException(file.toString(), e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        } catch (SAXException | IOException e) {
            throw new ReturnFileException(file.toString(), 0, 0, e.getMessage());
        }
    }

    /** A minimal element tree with the position of each start tag. */
    private static final class Node {
        final String name;
        final int line;
        final int column;
        final List<Node> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        /** Whether an element began inside this one (its children may have been handed over and forgotten). */
        boolean hadChild;

        Node(String name, int line, int column) {
            this.name = name;
            this.line = line;
            this.column = column;
        }

        Node child(String childName) {
            for (Node c : children) {
                if (c.name.equals(childName)) {
                    return c;
                }
            }
            return null;
        }

        List<Node> all(String childName) {
            List<Node> found = new ArrayList<>();
            for (Node c : children) {
                if (c.name.equals(childName)) {
                    found.add(c);
                }
            }
            return found;
        }

        /** The element's own text as ElementTree gives it: null when it has none. */
        String value() { return text.length() == 0 ? null : text.toString(); }

        String valueOf(String childName) {
            Node c = child(childName);
            return c == null ? null : c.value();
        }
    }

    /** A census read one child at a time: each child comes with the header, as a census of one child. */
    @FunctionalInterface
    public interface ChildVisitor {
        /** @param bytesRead how far into the file the reader is (it reads ahead a little) */
        void child(ReturnData census, long bytesRead);
    }

    /** The longest text one element may hold: no CIN field comes near it, and it bounds what a hostile file costs. */
    public static final int MAX_TEXT_CHARS = 1024 * 1024;

    /**
     * Reads the census without validation one child at a time, holding only the header and the child being read
     * (a county's 200 MB census needs no more memory than one child's): the visitor gets each child as soon as its
     * element ends. Returns the number of children.
     */
    public static int stream(Path file, ChildVisitor visitor) {
        if (!Files.isRegularFile(file)) {
            throw new ReturnFileException(file.toString(), 0, 0, "file not found");
        }
        int[] children = {0};
        Node root = parse(file, (message, child, bytes) -> {
            Node one = new Node(message.name, message.line, message.column);
            Node header = message.child("Header");
            if (header != null) one.children.add(header);
            Node list = new Node("Children", child.line, child.column);
            list.children.add(child);
            one.children.add(list);
            children[0]++;
            visitor.child(flatten(one), bytes);
        });
        if (!root.name.equals("Message")) {
            throw new ReturnFileException(file.toString(), root.line, root.column,
                    "expected a CIN census <Message>, found <" + root.name + ">");
        }
        return children[0];
    }

    private interface ChildEnd {
        void ended(Node message, Node child, long bytesRead);
    }

    private static Node parse(Path file) {
        return parse(file, null);
    }

    /** With {@code onChild}, each Message/Children/Child is handed over when it ends and then forgotten. */
    private static Node parse(Path file, ChildEnd onChild) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (CountingStream in = new CountingStream(Files.newInputStream(file))) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                List<Node> stack = new ArrayList<>();
                Node root = null;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        Location at = xml.getLocation();
                        Node node = new Node(xml.getLocalName(), at.getLineNumber(), at.getColumnNumber());
                        if (stack.isEmpty()) {
                            root = node;
                        } else {
                            stack.get(stack.size() - 1).children.add(node);
                            stack.get(stack.size() - 1).hadChild = true;
                        }
                        stack.add(node);
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        Node ended = stack.remove(stack.size() - 1);
                        if (onChild != null && stack.size() == 2 && ended.name.equals("Child")
                                && stack.get(1).name.equals("Children")) {
                            stack.get(1).children.remove(stack.get(1).children.size() - 1);
                            onChild.ended(stack.get(0), ended, in.count);
                        }
                    } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                            && !stack.isEmpty()) {
                        Node top = stack.get(stack.size() - 1);
                        // Only text before the first child counts, as ElementTree's .text.
                        if (!top.hadChild) {
                            top.text.append(xml.getText());
                        }
                        if (top.text.length() > MAX_TEXT_CHARS) {
                            Location at = xml.getLocation();
                            throw new ReturnFileException(file.toString(), at.getLineNumber(), at.getColumnNumber(),
                                    "<" + top.name + "> holds more than 1 MB of text: not a CIN census");
                        }
                    }
                }
                if (root == null) {
                    throw new ReturnFileException(file.toString(), 1, 1, "no root element");
                }
                return root;
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            int line = at == null ? 0 : Math.max(at.getLineNumber(), 0);
            int column = at == null ? 0 : Math.max(at.getColumnNumber(), 0);
            throw new ReturnFileException(file.toString(), line, column, cleanMessage(e));
        } catch (IOException e) {
            throw new ReturnFileException(file.toString(), 0, 0, "cannot read file: " + e.getMessage());
        }
    }

    /** How many bytes the parser has taken from the file. */
    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(new java.io.BufferedInputStream(in, 1 << 16));
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }

    private static String cleanMessage(XMLStreamException e) {
        String m = e.getMessage();
        if (m == null) {
            return "not well-formed XML";
        }
        int i = m.indexOf("Message: ");
        return i >= 0 ? m.substring(i + "Message: ".length()) : m;
    }

    private static final class Builder {
        final String name;
        final List<String> columns;
        final List<List<String>> rows = new ArrayList<>();

        Builder(String name, List<String> columns) {
            this.name = name;
            this.columns = columns;
        }

        /** Adds a row: the given id cells, then each remaining column read from the block. */
        void add(Map<String, String> ids, Node block) {
            List<String> row = new ArrayList<>(columns.size());
            for (String c : columns) {
                if (ids.containsKey(c)) {
                    row.add(ids.get(c));
                } else {
                    row.add(block == null ? null : block.valueOf(c));
                }
            }
            rows.add(row);
        }

        Table table() { return new Table(name, columns, rows); }
    }

    private static ReturnData flatten(Node message) {
        Builder header = new Builder("Header", HEADER);
        Builder identifiers = new Builder("ChildIdentifiers", CHILD_IDENTIFIERS);
        Builder characteristics = new Builder("ChildCharacteristics", CHILD_CHARACTERISTICS);
        Builder disabilities = new Builder("Disabilities", DISABILITIES);
        Builder cinDetails = new Builder("CINdetails", CIN_DETAILS);
        Builder assessments = new Builder("Assessments", ASSESSMENTS);
        Builder planDates = new Builder("CINplanDates", CIN_PLAN_DATES);
        Builder section47 = new Builder("Section47", SECTION47);
        Builder plans = new Builder("ChildProtectionPlans", CHILD_PROTECTION_PLANS);
        Builder reviews = new Builder("Reviews", REVIEWS);

        Node h = message.child("Header");
        if (h != null) {
            Node details = h.child("CollectionDetails");
            Node source = h.child("Source");
            List<String> row = new ArrayList<>();
            for (String c : HEADER) {
                String v = details == null ? null : details.valueOf(c);
                if (v == null && source != null) {
                    v = source.valueOf(c);
                }
                row.add(v);
            }
            header.rows.add(row);
        }

        Node children = message.child("Children");
        for (Node child : children == null ? List.<Node>of() : children.all("Child")) {
            Node ids = child.child("ChildIdentifiers");
            identifiers.add(Map.of(), ids);
            String laChildId = ids == null ? null : ids.valueOf("LAchildID");
            Map<String, String> childId = new LinkedHashMap<>();
            childId.put("LAchildID", laChildId);

            Node chars = child.child("ChildCharacteristics");
            characteristics.add(childId, chars);
            Node dis = chars == null ? null : chars.child("Disabilities");
            if (dis != null) {
                for (Node d : dis.children) {
                    Map<String, String> row = new LinkedHashMap<>(childId);
                    row.put("Disability", d.value());
                    disabilities.add(row, null);
                }
            }

            int cinDetailsId = 0;
            for (Node episode : child.all("CINdetails")) {
                cinDetailsId++;
                Map<String, String> episodeId = new LinkedHashMap<>(childId);
                episodeId.put("CINdetailsID", Integer.toString(cinDetailsId));
                cinDetails.add(episodeId, episode);

                int assessmentId = 0;
                for (Node a : episode.all("Assessments")) {
                    assessmentId++;
                    Map<String, String> row = new LinkedHashMap<>(episodeId);
                    row.put("AssessmentID", Integer.toString(assessmentId));
                    Node factors = a.child("FactorsIdentifiedAtAssessment");
                    String joined = null;
                    if (factors != null) {
                        List<String> codes = new ArrayList<>();
                        for (Node f : factors.children) {
                            codes.add(f.value() == null ? "" : f.value());
                        }
                        joined = String.join(",", codes);
                    }
                    row.put("AssessmentFactors", joined);
                    assessments.add(row, a);
                }
                for (Node p : episode.all("CINPlanDates")) {
                    planDates.add(episodeId, p);
                }
                for (Node s : episode.all("Section47")) {
                    section47.add(episodeId, s);
                }
                int cppId = 0;
                for (Node plan : episode.all("ChildProtectionPlans")) {
                    cppId++;
                    Map<String, String> planId = new LinkedHashMap<>(episodeId);
                    planId.put("CPPID", Integer.toString(cppId));
                    plans.add(planId, plan);
                    for (Node r : plan.all("Reviews")) {
                        // One row per review date (the schema allows several in one Reviews block).
                        for (Node date : r.all("CPPreviewDate")) {
                            Map<String, String> row = new LinkedHashMap<>(planId);
                            row.put("CPPreviewDate", date.value());
                            reviews.add(row, null);
                        }
                    }
                }
            }
        }

        Map<String, Table> tables = new LinkedHashMap<>();
        for (Builder b : List.of(header, identifiers, characteristics, disabilities, cinDetails, assessments,
                planDates, section47, plans, reviews)) {
            tables.put(b.name, b.table());
        }
        return new ReturnData(tables, metadata(tables.get("Header")));
    }

    /** The collection ends on the header's ReferenceDate and starts the day after the same date a year before. */
    private static Metadata metadata(Table header) {
        String reference = header.size() > 0 ? header.get(0, "ReferenceDate") : null;
        String la = header.size() > 0 ? Cells.trim(header.get(0, "LEA")) : null;
        LocalDate end = Cells.date(reference);
        LocalDate start = end == null ? null : end.minusYears(1).plusDays(1);
        String year = end == null ? null : Integer.toString(end.getYear());
        return new Metadata(start, end, year, la, null, "xml");
    }
}

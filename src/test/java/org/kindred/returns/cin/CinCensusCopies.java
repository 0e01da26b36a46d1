package org.kindred.returns.cin;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A large fake CIN census made from the small one in ../shared/conformance: its children copied, each copy with a new
 * LAchildID (and no UPN: two children never share one), each episode given assessments with their factors so a child
 * weighs what a county's does (about 4 KB: 48,000 children make about 200 MB). Written as it goes.
 *
 * <p>{@code java -cp target/test-classes org.kindred.returns.cin.CinCensusCopies OUT.xml CHILDREN [FAKE.xml]}
 */
public final class CinCensusCopies {
    public static final Path FAKE = Path.of("../shared/conformance/cin/fake_data/fake_CIN_data.xml");
    private static final Pattern CHILD = Pattern.compile("<Child>.*?</Child>", Pattern.DOTALL);
    private static final Pattern REFERRAL = Pattern.compile("<CINreferralDate>([^<]*)</CINreferralDate>");
    private static final String[] FACTORS = {"1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C",
            "5A", "5B", "5C", "6A", "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A",
            "14A", "15A", "16A", "17A", "18B", "18C", "19A", "19B", "19C", "20", "21", "22A", "23A", "24A"};

    private CinCensusCopies() {
    }

    public static void main(String[] args) throws IOException {
        Path fake = args.length > 2 ? Path.of(args[2]) : FAKE;
        long bytes = write(fake, Path.of(args[0]), Integer.parseInt(args[1]), 2, 24);
        System.out.printf("%s: %,d children, %,d bytes%n", args[0], Integer.parseInt(args[1]), bytes);
    }

    /** Writes {@code children} children (copies of the fake's, in turn), each episode with that many assessments. */
    public static long write(Path fake, Path out, int children, int assessments, int factors) throws IOException {
        String text = Files.readString(fake);
        String head = text.substring(0, text.indexOf("<Children>") + "<Children>".length());
        List<String> source = new ArrayList<>();
        Matcher m = CHILD.matcher(text);
        while (m.find()) source.add(m.group().replaceAll("\\s*<UPN>[^<]*</UPN>", ""));
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(head);
            w.write('\n');
            for (int i = 0; i < children; i++) {
                String child = source.get(i % source.size())
                        .replaceFirst("<LAchildID>([^<]*)</LAchildID>", "<LAchildID>C" + i + "-$1</LAchildID>");
                w.write("    ");
                w.write(withAssessments(child, assessments, factors));
                w.write('\n');
            }
            w.write("  </Children>\n</Message>\n");
        }
        return Files.size(out);
    }

    private static String withAssessments(String child, int assessments, int factors) {
        StringBuilder b = new StringBuilder(child.length() * 6);
        int from = 0;
        for (int end = child.indexOf("</CINdetails>"); end >= 0; end = child.indexOf("</CINdetails>", from)) {
            String episode = child.substring(from, end);
            Matcher date = REFERRAL.matcher(episode);
            String start = date.find() ? date.group(1) : "2020-01-01";
            b.append(episode);
            for (int a = 0; a < assessments; a++) {
                b.append("  <Assessments>\n          <AssessmentActualStartDate>").append(start)
                        .append("</AssessmentActualStartDate>\n          <AssessmentAuthorisationDate>").append(start)
                        .append("</AssessmentAuthorisationDate>\n          <FactorsIdentifiedAtAssessment>\n");
                for (int f = 0; f < factors; f++) {
                    b.append("            <AssessmentFactors>").append(FACTORS[(a * 7 + f) % FACTORS.length])
                            .append("</AssessmentFactors>\n");
                }
                b.append("          </FactorsIdentifiedAtAssessment>\n        </Assessments>\n      ");
            }
            b.append("</CINdetails>");
            from = end + "</CINdetails>".length();
        }
        return b.append(child, from, child.length()).toString();
    }
}

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a synthetic SSDA903 return as the CSV files {@code returns validate} reads (header.csv, episodes.csv,
 * reviews.csv, uasc.csv, oc2.csv, oc3.csv, ad1.csv, placed_for_adoption.csv, previous_permanence.csv, missing.csv,
 * sw_episodes.csv), sized like a national return: by default 100,000 children with about 300,000 episodes.
 *
 * <p>The data is random but shaped like a real return and mostly valid: codes come from the DfE specification
 * (shared/conformance/ssda903/spec), each child's episodes are contiguous (an episode ends the day the next one
 * starts, with REC X1), the last episode either continues past the year end or ends in the year with a leaving
 * reason, reviews, missing episodes and social worker episodes fall inside the collection year, OC2 is given to
 * children looked after for the whole year, AD1 to the adopted, OC3 to care leavers aged 19 to 21. About one
 * child in fifty carries a deliberate mistake (a bad code or a date out of order) so that rules fire.
 *
 * <p>Needs only the JDK; run it as a single-file program (Java 11+):
 * <pre>java bench/returns/Ssda903Generator.java OUT_DIR [CHILDREN] [YEAR] [SEED]</pre>
 * YEAR is the year the collection ends (2024 for 2023/24), as {@code returns validate --year} takes it.
 */
public final class Ssda903Generator {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final String[] ETHNIC = {"WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WIRI", "WOTH", "WIRT", "WROM",
        "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU",
        "NOBT"};
    private static final String[] LS = {"C2", "C2", "C2", "C2", "C2", "V2", "V2", "C1", "C1"};
    private static final String[] CIN = {"N1", "N1", "N1", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"};
    /** Placement codes with a provider code that suits them. */
    private static final String[][] PLACE = {
        {"U1", "PR1"}, {"U1", "PR1"}, {"U3", "PR1"}, {"U3", "PR1"}, {"U4", "PR4"}, {"U4", "PR4"}, {"U6", "PR4"},
        {"U2", "PR1"}, {"U5", "PR4"}, {"K2", "PR1"}, {"K2", "PR4"}, {"P1", "PR0"}, {"R1", "PR1"}, {"H5", "PR4"},
        {"R2", "PR1"}, {"R5", "PR1"}, {"S1", "PR4"}};
    private static final String[] ADOPTION_PLACE = {"A3", "A4", "A5", "A6"};
    private static final String[] RNE_LATER = {"P", "P", "P", "P", "P", "P", "P", "T"};
    private static final String[] LEAVING = {"E4A", "E4A", "E13", "E15", "E16", "E17", "E8", "E8", "E41", "E45", "E3"};
    private static final String[] CHANGE = {"CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD",
        "LAREQ", "PLACE", "CUSTOD", "OTHER"};
    private static final String[] REVIEW_CODE = {"PN1", "PN1", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"};
    private static final String[] SW_REASON = {"MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN",
        "OTHERS"};
    private static final String[] IN_TOUCH = {"YES", "YES", "YES", "YES", "NO", "REFU", "NREQ"};
    private static final String[] ACTIV = {"F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6"};
    private static final String[] ACCOM = {"B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2",
        "K1", "K2", "R1", "R2", "S1", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X1", "X2", "Y1", "Y2"};
    private static final String[] OUTWARD = {"AB1", "B12", "BS7", "CB4", "DN2", "E17", "EC1A", "LS6", "M14", "N7",
        "NE4", "NG7", "OX4", "PL1", "S10", "SE15", "SW2", "TS1", "W3", "YO1"};

    /** Letters a postcode's inward code may end with (not C, I, K, M, O or V). */
    private static final String INWARD = "ABDEFGHJLNPQRSTUWXYZ";

    private final Random random;
    private final LocalDate start;
    private final LocalDate end;
    private final Map<String, BufferedWriter> out = new HashMap<>();
    private int episodes;

    private Ssda903Generator(long seed, int year) {
        this.random = new Random(seed);
        this.start = LocalDate.of(year - 1, 4, 1);
        this.end = LocalDate.of(year, 3, 31);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java bench/returns/Ssda903Generator.java OUT_DIR [CHILDREN] [YEAR] [SEED]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int children = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int year = args.length > 2 ? Integer.parseInt(args[2]) : 2024;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 903L;
        Files.createDirectories(dir);
        Ssda903Generator g = new Ssda903Generator(seed, year);
        g.open(dir);
        for (int i = 0; i < children; i++) {
            g.child(Integer.toString(100_000 + i));
        }
        // Care leavers aged 19-21 appear in Header and OC3 only: about 5% on top of the looked-after children.
        for (int i = 0; i < children / 20; i++) {
            g.careLeaver(Integer.toString(900_000_000 + i));
        }
        g.close();
        System.out.println("wrote " + children + " children, " + g.episodes + " episodes to " + dir);
    }

    private void open(Path dir) throws IOException {
        header(dir, "header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB");
        header(dir, "episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
                + "PL_POST,URN");
        header(dir, "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE");
        header(dir, "uasc.csv", "CHILD,SEX,DOB,DUC");
        header(dir, "oc2.csv", "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
                + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED");
        header(dir, "oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM");
        header(dir, "ad1.csv", "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR");
        header(dir, "placed_for_adoption.csv", "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED");
        header(dir, "previous_permanence.csv", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM");
        header(dir, "missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END");
        header(dir, "sw_episodes.csv", "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON");
    }

    private void header(Path dir, String file, String columns) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(dir.resolve(file));
        w.write(columns);
        w.write('\n');
        out.put(file, w);
    }

    private void close() throws IOException {
        for (BufferedWriter w : out.values()) {
            w.close();
        }
    }

    private void row(String file, Object... cells) throws IOException {
        BufferedWriter w = out.get(file);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            Object c = cells[i];
            if (c instanceof LocalDate) {
                w.write(UK.format((LocalDate) c));
            } else if (c != null) {
                w.write(c.toString());
            }
        }
        w.write('\n');
    }

    private String pick(String[] codes) { return codes[random.nextInt(codes.length)]; }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays((long) (random.nextDouble() * (days + 1)));
    }

    private String upn() {
        StringBuilder s = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 12; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    private String postcode() {
        return pick(OUTWARD) + " " + random.nextInt(10) + INWARD.charAt(random.nextInt(INWARD.length()))
                + INWARD.charAt(random.nextInt(INWARD.length()));
    }

    /** One looked-after child: Header, Episodes and the tables that follow from them. */
    private void child(String id) throws IOException {
        boolean mistake = random.nextInt(50) == 0;
        // Ages 0-17 at the start of the year, older children more common, as in the published figures.
        int age = Math.min(17, (int) Math.floor(Math.sqrt(random.nextDouble()) * 18));
        LocalDate dob = between(start.minusYears(age + 1).plusDays(1), start.minusYears(age));
        if (dob.isAfter(end.minusDays(30))) {
            dob = end.minusDays(30);
        }
        String sex = random.nextBoolean() ? "1" : "2";
        boolean mother = sex.equals("2") && age >= 15 && random.nextInt(30) == 0;
        row("header.csv", id, sex, dob, pick(ETHNIC), random.nextInt(20) == 0 ? "UN1" : upn(),
                sex.equals("2") && age >= 12 ? (mother ? "1" : "0") : null,
                mother ? between(start, end.minusDays(1)) : null);
        boolean uasc = age >= 12 && random.nextInt(16) == 0;
        if (uasc) {
            row("uasc.csv", id, sex, dob, dob.plusYears(18));
        }

        // The period of care: began before or during the year, one to six episodes (three on average).
        int r = random.nextInt(100);
        int count = r < 20 ? 1 : r < 45 ? 2 : r < 65 ? 3 : r < 80 ? 4 : 5 + random.nextInt(2);
        LocalDate careStart = random.nextInt(100) < 55 ? between(dob.plusDays(1), start.minusDays(1))
                : between(start, end.minusDays(20));
        if (careStart.isBefore(dob)) {
            careStart = dob;
        }
        boolean leaves = random.nextInt(100) < 30;
        LocalDate careEnd = leaves ? between(careStart.isAfter(start) ? careStart.plusDays(count * 2L) : start,
                end) : null;
        if (careEnd != null && careEnd.isAfter(end)) {
            careEnd = end;
        }
        String leaving = leaves ? (age < 8 && random.nextInt(4) == 0 ? "E11" : pick(LEAVING)) : null;
        boolean adopted = "E11".equals(leaving) || "E12".equals(leaving);
        List<LocalDate> starts = new ArrayList<>();
        starts.add(careStart);
        LocalDate lastDay = careEnd != null ? careEnd : end;
        // Later episodes start within the year (episodes before it are not returned unless still open).
        LocalDate from = careStart.isAfter(start) ? careStart : start;
        for (int i = 1; i < count; i++) {
            starts.add(between(from.plusDays(1), lastDay.minusDays(1)));
        }
        starts.sort(null);
        String ls = pick(LS);
        String cin = pick(CIN);
        String home = postcode();
        int placedForAdoption = adopted ? Math.max(0, starts.size() - 1) : -1;
        for (int i = 0; i < starts.size(); i++) {
            LocalDate decom = starts.get(i);
            if (i > 0 && !decom.isAfter(starts.get(i - 1))) {
                decom = starts.get(i - 1).plusDays(1);
                starts.set(i, decom);
            }
            boolean last = i == starts.size() - 1;
            LocalDate dec = last ? careEnd : starts.get(i + 1);
            if (!last && dec != null && !dec.isAfter(decom)) {
                dec = decom.plusDays(1);
            }
            String rec = last ? leaving : "X1";
            String[] place = i == placedForAdoption ? new String[] {pick(ADOPTION_PLACE), "PR1"} : PLACE[random.nextInt(PLACE.length)];
            String rne = i == 0 ? "S" : pick(RNE_LATER);
            String change = !last && rec.equals("X1") ? pick(CHANGE) : null;
            if (mistake && i == 0) {
                // A deliberate mistake: an unknown placement code or a placement that ends before it begins.
                if (random.nextBoolean()) {
                    place = new String[] {"ZZ", place[1]};
                } else if (dec != null) {
                    dec = decom.minusDays(3);
                }
            }
            String urn = place[0].startsWith("K") || place[0].startsWith("U") ? Integer.toString(1_000_000 + random.nextInt(9_000_000))
                    : "XXXXXXX";
            row("episodes.csv", id, decom, rne, ls, cin, place[0], place[1], dec, rec, change, home, postcode(), urn);
            episodes++;
        }

        // Reviews: the first within 20 working days or so of entering care, then every six months.
        LocalDate review = careStart.plusDays(20);
        while (review.isBefore(start)) {
            review = review.plusMonths(6);
        }
        for (; !review.isAfter(lastDay); review = review.plusMonths(random.nextInt(100) < 80 ? 6 : 5)) {
            row("reviews.csv", id, dob, review, age >= 4 ? pick(REVIEW_CODE) : "PN0");
        }
        row("previous_permanence.csv", id, dob, random.nextInt(10) == 0 ? pick(new String[] {"P1", "P2", "P3", "P4"}) : "Z1",
                null, null);
        boolean wholeYear = careStart.isBefore(start.minusYears(1)) && careEnd == null;
        if (wholeYear) {
            boolean sdqAge = age >= 4;
            row("oc2.csv", id, dob, sdqAge && random.nextInt(4) != 0 ? Integer.toString(random.nextInt(41)) : null,
                    sdqAge ? null : "SDQ1", age >= 10 ? (random.nextInt(25) == 0 ? "1" : "0") : null,
                    age < 5 ? "1" : null, "1", "1", "1",
                    age >= 10 ? (random.nextInt(20) == 0 ? "1" : "0") : null, null, null);
        }
        if (adopted) {
            LocalDate decided = between(careStart, careEnd.minusDays(60));
            LocalDate matched = between(decided, careEnd.minusDays(30));
            row("ad1.csv", id, dob, decided, matched, random.nextBoolean() ? "1" : "0", random.nextInt(4) == 0 ? "1" : "2",
                    pick(new String[] {"MF", "MF", "MF", "FF", "MM", "F1", "M1"}), pick(new String[] {"L0", "L11", "L12", "L2"}));
            row("placed_for_adoption.csv", id, dob, starts.get(Math.max(0, placedForAdoption)), null, null);
        }
        if (age >= 10 && random.nextInt(10) == 0) {
            LocalDate m = between(start, lastDay.minusDays(7));
            for (int k = 0, n = 1 + random.nextInt(4); k < n && m.isBefore(lastDay); k++) {
                LocalDate back = m.plusDays(1 + random.nextInt(5));
                row("missing.csv", id, dob, random.nextInt(5) == 0 ? "A" : "M", m, back.isAfter(end) ? null : back);
                m = back.plusDays(10 + random.nextInt(60));
            }
        }
        LocalDate sw = careStart.isAfter(start) ? careStart : start;
        for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
            boolean lastSw = k == n - 1;
            LocalDate swEnd = lastSw ? careEnd : between(sw.plusDays(1), lastDay);
            row("sw_episodes.csv", id, dob, "SW" + (1000 + random.nextInt(4000)), sw, swEnd,
                    pick(SW_REASON));
            if (swEnd == null || !swEnd.isBefore(lastDay)) {
                break;
            }
            sw = swEnd;
        }
    }

    /** A care leaver aged 19-21: Header and OC3 only. */
    private void careLeaver(String id) throws IOException {
        LocalDate dob = between(start.minusYears(21), start.minusYears(19).plusDays(1));
        String sex = random.nextBoolean() ? "1" : "2";
        row("header.csv", id, sex, dob, pick(ETHNIC), upn(), sex.equals("2") ? "0" : null, null);
        String inTouch = pick(IN_TOUCH);
        boolean yes = inTouch.equals("YES");
        row("oc3.csv", id, dob, inTouch, yes ? pick(ACTIV) : null, yes ? pick(ACCOM) : null);
    }
}

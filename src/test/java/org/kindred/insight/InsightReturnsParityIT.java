package org.kindred.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kindred.KindredApplication;
import org.kindred.access.CurrentUser;
import org.kindred.access.KindredPrincipal;
import org.kindred.access.Role;
import org.kindred.demo.DemoData;
import org.kindred.care.DateSpan;
import org.kindred.care.PlacementStability;
import org.kindred.frontdoor.AssessmentDue;
import org.kindred.frontdoor.ContactDecisionDue;
import org.kindred.frontdoor.FrontDoorFacts;
import org.kindred.frontdoor.FrontDoorFacts.ReferralMade;
import org.kindred.frontdoor.ReReferral;
import org.kindred.insight.internal.MeasureCatalogue;
import org.kindred.returns.annexa.AnnexAList;
import org.kindred.returns.annexa.AnnexAReport;
import org.kindred.returns.export.ExportedReturn;
import org.kindred.returns.export.ReturnRuns;
import org.kindred.returns.validation.CollectionYears;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.returns.validation.Table;
import org.kindred.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 17's acceptance point: for the demo county's last complete collection year, each measure that a return also
 * carries gives the return's figure, summed over the year's months (or on 31 March for a level): the CIN census for
 * referrals, assessments, initial conferences and child protection plans; SSDA903 for children starting, ceasing
 * and looked after; Annex A list 1 for contacts. The re-referral measure is checked against the front door's Java
 * rule over the same referrals. Its own throw-away database, as DemoReturnsExportIT.
 */
@SpringBootTest(classes = KindredApplication.class, properties = {"kindred.embedded.ephemeral=true",
    "spring.datasource.url=", "kindred.demo=false", "kindred.demo-data=true", "kindred.search.index-dir=",
    "logging.level.root=WARN"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightReturnsParityIT {
    private static final LocalDate TODAY = TestClock.today().minusYears(Math.max(0,
            CollectionYears.lastCompleteBefore(TestClock.today()) - Math.min(
                    CollectionYears.latestWithRules(ReturnKind.CIN), CollectionYears.latestWithRules(ReturnKind.SSDA903))));
    private static final int YEAR = CollectionYears.lastCompleteBefore(TODAY);
    private static final LocalDate FROM = CollectionYears.start(YEAR);
    private static final LocalDate TO = CollectionYears.end(YEAR);
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    DemoData demo;
    @Autowired
    ReturnRuns runs;
    @Autowired
    MeasureCatalogue measures;
    @Autowired
    FrontDoorFacts frontDoor;
    @Autowired
    AnnexAReport annexA;
    @Autowired
    JdbcTemplate jdbc;

    private Path dir;
    private ExportedReturn cin;
    private ExportedReturn ssda903;

    @BeforeAll
    void generateAndExport() throws Exception {
        demo.generate(60_000, 2026, TODAY);
        dir = Files.createTempDirectory("insight-parity-");
        signIn();
        cin = runs.export(ReturnKind.CIN, YEAR, dir.resolve("cin"));
        ssda903 = runs.export(ReturnKind.SSDA903, YEAR, dir.resolve("903"));
    }

    @org.junit.jupiter.api.BeforeEach
    void signInForTheTest() {
        signIn();
    }

    @AfterAll
    void cleanUp() throws Exception {
        SecurityContextHolder.clearContext();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void signIn() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                (KindredPrincipal) () -> new CurrentUser(0, "insight-parity", "Insight parity", Set.of(Role.ADMINISTRATOR)),
                null, List.of()));
    }

    private List<MonthFigure> year(String measure) {
        return measures.find(measure).orElseThrow().series(Scope.authority(), YearMonth.from(FROM), YearMonth.from(TO));
    }

    private long count(String measure) { return year(measure).stream().mapToLong(MonthFigure::count).sum(); }

    private long base(String measure) { return year(measure).stream().mapToLong(MonthFigure::base).sum(); }

    private long atYearEnd(String measure) { return year(measure).get(11).count(); }

    private static LocalDate date(String text) {
        // SSDA903's CSV writes dd/MM/yyyy, the CIN census's XML ISO dates.
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.contains("/") ? LocalDate.parse(text.trim(), DMY) : LocalDate.parse(text.trim());
    }

    private static boolean inYear(LocalDate d) { return d != null && !d.isBefore(FROM) && !d.isAfter(TO); }

    private static long rows(ExportedReturn r, String table, Predicate<Map<String, String>> which) {
        Table t = r.data().table(table).orElseThrow();
        return IntStream.range(0, t.size()).mapToObj(i -> row(t, i)).filter(which).count();
    }

    private static Map<String, String> row(Table t, int i) {
        Map<String, String> m = new HashMap<>();
        t.columns().forEach(c -> m.put(c, t.get(i, c)));
        return m;
    }

    @Test
    void theCinCensusAndThePagesAgree() {
        assertThat(count("frontdoor.referrals")).as("referrals").isPositive()
                .isEqualTo(rows(cin, "CINdetails", r -> inYear(date(r.get("CINreferralDate")))));
        assertThat(base("frontdoor.assessments-45")).as("assessments authorised").isPositive()
                .isEqualTo(rows(cin, "Assessments", r -> inYear(date(r.get("AssessmentAuthorisationDate")))));
        Map<String, LocalDate> referred = new HashMap<>();
        Table details = cin.data().table("CINdetails").orElseThrow();
        // The census numbers a child's episodes 1, 2...: an episode is the child and its number.
        IntStream.range(0, details.size()).forEach(i -> referred.put(details.get(i, "LAchildID") + "/"
                + details.get(i, "CINdetailsID"), date(details.get(i, "CINreferralDate"))));
        assertThat(count("frontdoor.assessments-45")).as("assessments within 45 working days").isEqualTo(
                rows(cin, "Assessments", r -> inYear(date(r.get("AssessmentAuthorisationDate")))
                        && !date(r.get("AssessmentAuthorisationDate")).isAfter(
                        AssessmentDue.from(referred.get(r.get("LAchildID") + "/" + r.get("CINdetailsID"))))));
        assertThat(base("protection.icpc-15")).as("initial conferences").isPositive()
                .isEqualTo(rows(cin, "Section47", r -> inYear(date(r.get("DateOfInitialCPC")))));
        assertThat(count("protection.icpc-15")).as("initial conferences in time").isEqualTo(
                rows(cin, "Section47", r -> inYear(date(r.get("DateOfInitialCPC")))
                        && !date(r.get("DateOfInitialCPC")).isAfter(date(r.get("InitialCPCtarget")))));
        assertThat(count("protection.cp-plans-started")).as("plans started").isPositive()
                .isEqualTo(rows(cin, "ChildProtectionPlans", r -> inYear(date(r.get("CPPstartDate")))));
        assertThat(atYearEnd("protection.cp-plans-open")).as("plans open on 31 March").isPositive()
                .isEqualTo(rows(cin, "ChildProtectionPlans", r -> date(r.get("CPPendDate")) == null
                        || date(r.get("CPPendDate")).isAfter(TO)));
    }

    @Test
    void theSsda903ReturnAndThePagesAgree() {
        assertThat(count("care.cla-starts")).as("periods of care started").isPositive()
                .isEqualTo(rows(ssda903, "Episodes", r -> "S".equals(r.get("RNE")) && inYear(date(r.get("DECOM")))));
        assertThat(count("care.cla-ends")).as("periods of care ended").isPositive()
                .isEqualTo(rows(ssda903, "Episodes", r -> inYear(date(r.get("DEC"))) && !"X1".equals(r.get("REC"))));
        Table episodes = ssda903.data().table("Episodes").orElseThrow();
        long lookedAfter = IntStream.range(0, episodes.size()).mapToObj(i -> row(episodes, i))
                .filter(r -> date(r.get("DEC")) == null).map(r -> r.get("CHILD")).distinct().count();
        assertThat(atYearEnd("care.cla-rate")).as("looked after on 31 March").isPositive().isEqualTo(lookedAfter);
    }

    @Test
    void annexAListOneAndTheContactsAgree() {
        assertThat(count("frontdoor.contacts")).as("contacts").isPositive()
                .isEqualTo(annexA.build(FROM, TO).count(AnnexAList.LIST_1));
    }

    @Test
    void theReReferralMeasureIsTheFrontDoorsRule() {
        List<ReferralMade> all = frontDoor.referralsOpenIn(LocalDate.of(1900, 1, 1), TO);
        Map<Long, List<ReferralMade>> byChild = new HashMap<>();
        all.forEach(r -> byChild.computeIfAbsent(r.childId(), k -> new ArrayList<>()).add(r));
        long again = 0;
        long referrals = 0;
        for (List<ReferralMade> child : byChild.values()) {
            // The facts come by child, date and id: the order the rule's "recorded before" means.
            for (int i = 0; i < child.size(); i++) {
                if (inYear(child.get(i).referred())) {
                    referrals++;
                    if (ReReferral.isReReferral(child.get(i).referred(),
                            child.subList(0, i).stream().map(ReferralMade::referred).toList())) {
                        again++;
                    }
                }
            }
        }
        assertThat(base("frontdoor.re-referrals")).as("referrals").isEqualTo(referrals);
        assertThat(count("frontdoor.re-referrals")).as("re-referrals").isPositive().isEqualTo(again);
    }

    @Test
    void theCinCensusGivesChildrenInNeedAndPlansByCategory() {
        Table details = cin.data().table("CINdetails").orElseThrow();
        long inNeed = IntStream.range(0, details.size()).mapToObj(i -> row(details, i))
                .filter(r -> !date(r.get("CINreferralDate")).isAfter(TO))
                .filter(r -> date(r.get("CINclosureDate")) == null || date(r.get("CINclosureDate")).isAfter(TO))
                .map(r -> r.get("LAchildID")).distinct().count();
        assertThat(atYearEnd("frontdoor.children-in-need")).as("children in need on 31 March").isPositive()
                .isEqualTo(inNeed);
        long categories = 0;
        for (String code : List.of("NEG", "EMO", "PHY", "SAB", "MUL")) {
            long open = rows(cin, "ChildProtectionPlans", r -> code.equals(r.get("LatestCategoryOfAbuse"))
                    && (date(r.get("CPPendDate")) == null || date(r.get("CPPendDate")).isAfter(TO)));
            assertThat(atYearEnd("protection.cp-plans-" + code.toLowerCase())).as("plans open on 31 March, " + code)
                    .isEqualTo(open);
            categories += open;
        }
        assertThat(categories).as("every open plan has one category").isEqualTo(atYearEnd("protection.cp-plans-open"));
        assertThat(count("protection.cp-plans-2-years")).as("plans ended after 2 years or more").isEqualTo(
                rows(cin, "ChildProtectionPlans", r -> inYear(date(r.get("CPPendDate")))
                        && !date(r.get("CPPendDate")).isBefore(date(r.get("CPPstartDate")).plusYears(2))));
        // The demo's plans last months and none of them ends in the collection year: the counts agree at 0 here.
        assertThat(base("protection.cp-plans-2-years")).as("plans ended").isEqualTo(count("protection.cp-plans-ended"))
                .isEqualTo(rows(cin, "ChildProtectionPlans", r -> inYear(date(r.get("CPPendDate")))));
    }

    @Test
    void theSsda903ReturnGivesMissingEpisodesAndPlacementStability() {
        assertThat(count("care.missing")).as("missing episodes started").isPositive().isEqualTo(
                rows(ssda903, "Missing", r -> "M".equals(r.get("MISSING")) && inYear(date(r.get("MIS_START")))));
        // Placements as PlacementStability counts them, from the return's episodes of children looked after on 31 March.
        Table episodes = ssda903.data().table("Episodes").orElseThrow();
        Map<String, List<Map<String, String>>> byChild = new HashMap<>();
        IntStream.range(0, episodes.size()).mapToObj(i -> row(episodes, i))
                .forEach(r -> byChild.computeIfAbsent(r.get("CHILD"), k -> new ArrayList<>()).add(r));
        LocalDate windowStart = TO.minusMonths(12);
        long lookedAfter = 0;
        long unstable = 0;
        for (List<Map<String, String>> child : byChild.values()) {
            if (child.stream().noneMatch(r -> date(r.get("DEC")) == null)) {
                continue;
            }
            lookedAfter++;
            List<DateSpan> placements = child.stream()
                    .filter(r -> !r.get("PLACE").matches("T[0-4]"))
                    .filter(r -> !"L".equals(r.get("RNE")) || !date(r.get("DECOM")).isAfter(windowStart))
                    .map(r -> new DateSpan(date(r.get("DECOM")), date(r.get("DEC")))).toList();
            if (PlacementStability.unstable(placements, TO)) {
                unstable++;
            }
        }
        assertThat(base("care.placements-3") > 0 && year("care.placements-3").get(11).base() == lookedAfter)
                .as("looked after on 31 March: " + lookedAfter).isTrue();
        assertThat(year("care.placements-3").get(11).count()).as("3 or more placements").isPositive()
                .isEqualTo(unstable);
    }

    @Test
    void theSsda903ReturnGivesTheCareLeaversOutcomes() {
        assertThat(base("care.leavers-in-touch")).as("OC3 outcomes").isPositive().isEqualTo(rows(ssda903, "OC3", r -> true));
        assertThat(count("care.leavers-in-touch")).as("in touch")
                .isEqualTo(rows(ssda903, "OC3", r -> "YES".equals(r.get("IN_TOUCH"))));
        assertThat(count("care.leavers-eet")).as("in education, employment or training")
                .isEqualTo(rows(ssda903, "OC3", r -> r.get("ACTIV") != null && r.get("ACTIV").matches("[FP][0-9]")));
        assertThat(count("care.leavers-accommodation")).as("in suitable accommodation")
                .isEqualTo(rows(ssda903, "OC3", r -> r.get("ACCOM") != null && r.get("ACCOM").matches("[A-Z]1")));
        assertThat(count("care.leavers-in-touch") + count("care.leavers-eet")).as("some outcomes of each kind").isPositive();
    }

    @Test
    void theDecisionMeasureIsTheFrontDoorsClock() {
        List<Map<String, Object>> decided = jdbc.queryForList("select received_at, decided_at from contact"
                + " where deleted_at is null and decided_at is not null");
        long inYear = 0;
        long inTime = 0;
        for (Map<String, Object> c : decided) {
            java.time.Instant received = ((java.sql.Timestamp) c.get("received_at")).toInstant();
            java.time.Instant at = ((java.sql.Timestamp) c.get("decided_at")).toInstant();
            if (inYear(org.kindred.shared.time.UkTime.date(at))) {
                inYear++;
                if (!at.isAfter(ContactDecisionDue.due(received))) {
                    inTime++;
                }
            }
        }
        assertThat(base("frontdoor.decisions-1wd")).as("contacts decided").isPositive().isEqualTo(inYear);
        assertThat(count("frontdoor.decisions-1wd")).as("decided within one working day").isPositive()
                .isLessThan(inYear).isEqualTo(inTime);
    }
}

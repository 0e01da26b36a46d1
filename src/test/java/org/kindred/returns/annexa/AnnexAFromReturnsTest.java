package org.kindred.returns.annexa;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kindred.person.Ethnicity;
import org.kindred.person.NewPerson;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.person.PersonKind;
import org.kindred.person.PersonPage;
import org.kindred.person.Sex;
import org.kindred.returns.export.ReturnSource;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.returns.ssda903.Ssda903Reader;
import org.kindred.returns.validation.Table;

/** The lists built from return tables as the modules contribute them: rows in the period, every code the schema's. */
class AnnexAFromReturnsTest {
    /** Every child id is someone on the register: a girl born in 2010. */
    private static final People REGISTER = new People() {
        public Person create(NewPerson person) { throw new UnsupportedOperationException(); }

        public Optional<Person> find(long id) {
            return Optional.of(new Person(id, PersonKind.CHILD, "A", "Child", LocalDate.of(2010, 1, 1), null, Sex.FEMALE,
                    Ethnicity.MWBA, null, null, null, false, TestClock.now(), "test"));
        }

        public Map<Long, Person> findAll(java.util.Collection<Long> ids) {
            Map<Long, Person> all = new LinkedHashMap<>();
            ids.forEach(id -> all.put(id, find(id).orElseThrow()));
            return all;
        }

        public java.util.Set<Long> hiddenAmong(java.util.Collection<Long> ids) { return java.util.Set.of(); }

        public java.util.Set<Long> hiddenFromUser() { return java.util.Set.of(); }

        public List<Restriction> restrictions() { return List.of(); }

        public void lift(long id, String reason) { }

        public void grant(long id, String username, String reason) { }

        public void removeGrant(long id, String username, String reason) { }

        public PersonPage list(String nameContains, int page, int size) { throw new UnsupportedOperationException(); }

        public void restrict(long id, String reason, List<String> grantedUsernames) { }
    };

    /** The fake SSDA903 return (2017/18) as if the SSDA903 source had built it. */
    private static final ReturnSource FAKE_903 = new ReturnSource() {
        public ReturnKind kind() { return ReturnKind.SSDA903; }

        public void fill(int year, Rows rows) {
            if (year != 2018) return;
            for (Table t : Ssda903Reader.readTables(Path.of("../shared/conformance/ssda903/fake_data")).values()) {
                for (int r = 0; r < t.size(); r++) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String c : t.columns()) row.put(c, t.get(r, c));
                    rows.add(t.name(), row);
                }
            }
        }
    };

    private static final ReturnSource CIN = new ReturnSource() {
        public ReturnKind kind() { return ReturnKind.CIN; }

        public void fill(int year, Rows rows) {
            rows.add("CINdetails", Map.of("LAchildID", "7", "CINdetailsID", "1", "CINreferralDate", "01/05/2026",
                    "ReferralSource", "2A", "PrimaryNeedCode", "N1", "ReferralNFA", "0"));
            rows.add("Disabilities", Map.of("LAchildID", "7", "Disability", "NONE"));
            rows.add("Assessments", Map.of("LAchildID", "7", "CINdetailsID", "1", "AssessmentActualStartDate", "03/05/2026",
                    "AssessmentAuthorisationDate", "01/06/2026"));
            rows.add("Section47", Map.of("LAchildID", "7", "CINdetailsID", "1", "S47ActualStartDate", "10/05/2026",
                    "DateOfInitialCPC", "28/05/2026", "ICPCnotRequired", "0"));
            rows.add("ChildProtectionPlans", Map.of("LAchildID", "7", "CINdetailsID", "1", "CPPID", "1",
                    "CPPstartDate", "28/05/2026", "InitialCategoryOfAbuse", "NEG", "LatestCategoryOfAbuse", "EMO",
                    "NumberOfPreviousCPP", "0"));
            rows.add("Reviews", Map.of("LAchildID", "7", "CINdetailsID", "1", "CPPID", "1", "CPPreviewDate", "20/08/2026"));
        }
    };

    private static AnnexARows build(LocalDate from, LocalDate to) {
        ReturnTables tables = new ReturnTables(List.of(FAKE_903, CIN));
        ChildColumns children = new ChildColumns(REGISTER);
        return new AnnexAReport(List.of(new CinAnnexA(tables, children), new CareAnnexA(tables, children))).build(from, to);
    }

    @Test
    void childrenInCareCareLeaversAndAdoptionFromTheSsda903Tables() throws Exception {
        AnnexARows rows = build(LocalDate.of(2017, 4, 1), LocalDate.of(2018, 3, 31));
        assertThat(rows.count(AnnexAList.LIST_8)).isGreaterThan(1000);
        assertThat(rows.count(AnnexAList.LIST_9)).isGreaterThan(10);
        assertThat(rows.count(AnnexAList.LIST_10)).isGreaterThan(0);
        assertKnownCodes(rows);
        Map<String, Object> child = rows.of(AnnexAList.LIST_8).stream()
                .filter(r -> r.get("Child Unique ID").equals("566910")).findFirst().orElseThrow();
        // 566910: came into care 15/02/2016 (before the period), then T on 14/08/2017 to A3 under C2.
        assertThat(child.get("Start Date of Most Recent Placement")).isEqualTo(LocalDate.of(2017, 8, 14));
        assertThat(child.get("Placement Type")).isEqualTo("b) Placed for adoption");
        assertThat(child.get("Child's Legal Status")).isEqualTo("b) Full care orders");
        assertThat(child.get("Start date of current legal status")).isEqualTo(LocalDate.of(2016, 2, 15));
    }

    @Test
    void referralsAssessmentsEnquiriesChildrenInNeedAndPlansFromTheCinTables() throws Exception {
        AnnexARows rows = build(LocalDate.of(2025, 11, 24), LocalDate.of(2026, 11, 23));
        assertThat(rows.count(AnnexAList.LIST_3)).isEqualTo(1);
        assertThat(rows.of(AnnexAList.LIST_3).get(0)).containsEntry("Referral Source", "b) Schools")
                .containsEntry("Date of referral", LocalDate.of(2026, 5, 1)).containsEntry("Referral NFA?", false);
        assertThat(rows.of(AnnexAList.LIST_5).get(0))
                .containsEntry("Did the Initial Child Protection Conference Result in a Child Protection Plan", true)
                .containsEntry("Number of ICPCs in the last 12 months", 1L);
        assertThat(rows.of(AnnexAList.LIST_6).get(0)).containsEntry("Case Status", "b) Child Protection plan")
                .containsEntry("Primary Need Code", "a) Abuse or neglect");
        assertThat(rows.of(AnnexAList.LIST_7).get(0)).containsEntry("Latest Category of Abuse", "d) Emotional Abuse")
                .containsEntry("Date of latest review conference", LocalDate.of(2026, 8, 20))
                .containsEntry("Age of Child (Years)", 16);
        assertThat(rows.count(AnnexAList.LIST_4)).isEqualTo(1);
        assertKnownCodes(rows);
    }

    private static void assertKnownCodes(AnnexARows rows) throws Exception {
        AnnexASchema schema = AnnexASchema.load();
        Map<String, java.util.Set<String>> accepted = new HashMap<>();
        for (AnnexAList list : AnnexAList.values()) {
            for (Map<String, Object> row : rows.of(list)) {
                row.forEach((column, value) -> {
                    if (value == null) return;
                    if (schema.isDate(list, column)) assertThat(value).as(column).isInstanceOf(LocalDate.class);
                    if (schema.isCategory(list, column) && !(value instanceof Boolean)) {
                        var ok = accepted.computeIfAbsent(list + column, k -> schema.accepted(list, column));
                        assertThat(ok).as(list.sheetName() + " " + column).contains(value.toString());
                    }
                });
            }
        }
    }
}

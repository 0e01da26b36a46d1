package org.kindred.returns.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kindred.access.Role;
import org.kindred.access.UserView;
import org.kindred.frontdoor.Referrals;
import org.kindred.protection.CinPlans;
import org.kindred.protection.ProtectionPlans;
import org.kindred.protection.Section47Enquiries;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A CIN census child's referral, assessment, enquiry, plans through the modules' APIs; twice changes nothing. */
class CinImportIT extends DatabaseIT {
    @Autowired ReturnImports imports;
    @Autowired Referrals referrals;
    @Autowired Section47Enquiries enquiries;
    @Autowired ProtectionPlans plans;
    @Autowired CinPlans cinPlans;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void importsAChildsEpisodeThroughTheFrontDoorAndProtectionApisOnce(@TempDir Path dir) throws Exception {
        String la = "CIN" + System.nanoTime();
        Path census = dir.resolve("cin.xml");
        Files.writeString(census, """
                <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year>
                <ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails></Header>
                <Children><Child>
                  <ChildIdentifiers><LAchildID>%s</LAchildID><PersonBirthDate>2014-03-01</PersonBirthDate><Sex>2</Sex></ChildIdentifiers>
                  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
                  <CINdetails>
                    <CINreferralDate>2025-05-01</CINreferralDate><ReferralSource>2A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>
                    <Assessments><AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate>
                      <AssessmentAuthorisationDate>2025-06-10</AssessmentAuthorisationDate></Assessments>
                    <CINPlanDates><CINPlanStartDate>2026-01-15</CINPlanStartDate><CINPlanEndDate>2026-03-01</CINPlanEndDate></CINPlanDates>
                    <Section47><S47ActualStartDate>2025-05-06</S47ActualStartDate><DateOfInitialCPC>2025-05-27</DateOfInitialCPC>
                      <ICPCnotRequired>false</ICPCnotRequired></Section47>
                    <ReferralNFA>0</ReferralNFA>
                    <ChildProtectionPlans><CPPstartDate>2025-05-27</CPPstartDate><CPPendDate>2026-01-15</CPPendDate>
                      <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
                      <NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans>
                  </CINdetails>
                </Child></Children></Message>
                """.formatted(la));
        String worker = user(Role.SOCIAL_WORKER);
        actAs(user(Role.ADMINISTRATOR));

        ImportResult first = imports.run("cin", census, null, 0.95, worker);
        assertThat(first.problems()).isEmpty();
        long child = jdbc.sql("select child_id from return_import_ledger where source_key = ?").param("Child|" + la)
                .query(Long.class).single();
        assertThat(referrals.forChild(child)).singleElement()
                .satisfies(r -> assertThat(r.referralDate()).isEqualTo(LocalDate.of(2025, 5, 1)));
        assertThat(enquiries.forChild(child)).singleElement()
                .satisfies(s -> assertThat(s.icpcDate()).isEqualTo(LocalDate.of(2025, 5, 27)));
        assertThat(plans.forChild(child)).singleElement().satisfies(p -> {
            assertThat(p.startDate()).isEqualTo(LocalDate.of(2025, 5, 27));
            assertThat(p.endDate()).isEqualTo(LocalDate.of(2026, 1, 15));
            assertThat(p.initialCategory().name()).isEqualTo("NEGLECT");
        });
        assertThat(cinPlans.forChild(child)).singleElement()
                .satisfies(p -> assertThat(p.endDate()).isEqualTo(LocalDate.of(2026, 3, 1)));

        ImportResult second = imports.run("cin", census, null, 0.95, worker);
        assertThat(second.added()).isEmpty();
        assertThat(second.alreadyImported()).containsEntry("CIN episodes", 1);
        assertThat(referrals.forChild(child)).hasSize(1);
    }
}

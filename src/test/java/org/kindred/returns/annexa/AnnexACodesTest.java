package org.kindred.returns.annexa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.kindred.person.Ethnicity;
import org.kindred.person.Sex;

/** Every code Kindred writes is one the schema lists for that column. */
class AnnexACodesTest {
    private static void check(AnnexAList list, String column, List<String> codes, Function<String, String> map)
            throws Exception {
        var accepted = AnnexASchema.load().accepted(list, column);
        for (String code : codes) {
            assertThat(map.apply(code)).as(list.sheetName() + " " + column + " for " + code)
                    .isNotEqualTo("zzCodeError").isIn(accepted);
        }
    }

    @Test
    void personCodes() throws Exception {
        for (Sex s : Sex.values()) check(AnnexAList.LIST_1, "Gender", List.of(s.name()), c -> AnnexACodes.gender(Sex.valueOf(c)));
        for (Ethnicity e : Ethnicity.values()) {
            check(AnnexAList.LIST_8, "Ethnicity", List.of(e.name()), c -> AnnexACodes.ethnicity(Ethnicity.valueOf(c)));
        }
        check(AnnexAList.LIST_4, "Does the Child have a Disability", List.of("Y", "N"),
                c -> AnnexACodes.yesNo(c.equals("Y")));
    }

    @Test
    void frontDoorAndProtectionCodes() throws Exception {
        List<String> sources = List.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4",
                "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");
        check(AnnexAList.LIST_1, "Contact Source", sources, AnnexACodes::source);
        check(AnnexAList.LIST_3, "Referral Source", sources, AnnexACodes::source);
        List<String> needs = List.of("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9", "");
        check(AnnexAList.LIST_6, "Primary Need Code", needs, AnnexACodes::need);
        check(AnnexAList.LIST_8, "Child's Category of Need", needs, AnnexACodes::need);
        check(AnnexAList.LIST_7, "Initial Category of Abuse", List.of("NEG", "PHY", "SAB", "EMO", "MUL"), AnnexACodes::abuse);
    }

    @Test
    void careCodes() throws Exception {
        check(AnnexAList.LIST_8, "Child's Legal Status",
                List.of("C1", "C2", "D1", "E1", "J1", "J2", "J3", "L1", "L2", "L3", "V2", "V3", "V4"), CareCodes::legalStatus);
        check(AnnexAList.LIST_8, "Placement Type", List.of("A3", "A4", "A5", "A6", "H5", "K1", "K2", "P1", "P2", "P3",
                "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1"),
                CareCodes::placementType);
        check(AnnexAList.LIST_8, "Placement Provider", List.of("PR0", "PR1", "PR2", "PR3", "PR4", "PR5"), CareCodes::provider);
        check(AnnexAList.LIST_8, "Reason Ceased to be Looked After", List.of("E11", "E12", "E2", "E3", "E4A", "E4B",
                "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17"),
                CareCodes::reasonCeased);
        check(AnnexAList.LIST_9, "Type of Accommodation", List.of("B1", "C2", "D1", "E1", "G1", "H2", "K1", "R2",
                "S2", "T1", "U1", "V2", "W2", "X2", "Y1", "Z1"), CareCodes::accommodation);
        check(AnnexAList.LIST_9, "Suitability of Accommodation", List.of("B1", "C2"), CareCodes::suitability);
        check(AnnexAList.LIST_9, "LA in Touch", List.of("YES", "NO", "DIED", "REFU", "NREQ", "RHOM"), CareCodes::inTouch);
        check(AnnexAList.LIST_9, "Activity Status", List.of("F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5",
                "P5", "G4", "G5", "G6"), CareCodes::activity);
    }
}

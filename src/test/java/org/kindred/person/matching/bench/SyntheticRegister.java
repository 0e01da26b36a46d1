package org.kindred.person.matching.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.kindred.person.matching.DataFilesForBench;
import org.kindred.person.matching.DateOfBirth;
import org.kindred.person.matching.NameFrequencies;
import org.kindred.person.matching.PersonRecord;
import org.kindred.person.matching.ComparedSex;

/**
 * A synthetic register of children and adults. Given names are drawn by sex from ONS births
 * 1996-2024, surnames from the ONS surname shares (sdglinkage); 60% are children born 2006-2025,
 * the rest adults born 1950-2005. 85% have an NHS number (valid check digit), children 70% a UPN,
 * 5% a previous surname. PostcodeKeys are UK-shaped, drawn from 150,000 made-up ones.
 */
final class SyntheticRegister {

    private static final String AREAS = "B BD BL BN BR BS CB CM CR DA DE DN E EC EN HA HD HP HU IG KT L LE LS LU M ME N NE NG NW OL PE PO RM S SE SK SM SN SO SR ST SW TN TW UB W WA WD WF WS WV YO";
    private final Random rng;
    private final WeightedNames female;
    private final WeightedNames male;
    private final WeightedNames surnames;
    private final String[] postcodes;

    SyntheticRegister(Path dataDir, long seed) throws java.io.IOException {
        this(dataDir, seed, 150_000);
    }

    /** With {@code postcodeCount} made-up postcodes (a larger register covers more of the country). */
    SyntheticRegister(Path dataDir, long seed, int postcodeCount) throws java.io.IOException {
        rng = new Random(seed);
        Map<String, Double>[] bySex = DataFilesForBench.givenNamesBySex(dataDir);
        female = new WeightedNames(bySex[0]);
        male = new WeightedNames(bySex[1]);
        surnames = new WeightedNames(NameFrequencies.load(org.kindred.person.matching.ReferenceFiles.directory(dataDir)).familyShares());
        postcodes = new String[postcodeCount];
        String[] areas = AREAS.split(" ");
        for (int i = 0; i < postcodes.length; i++) {
            postcodes[i] = areas[rng.nextInt(areas.length)] + (1 + rng.nextInt(20)) + " " + rng.nextInt(10)
                    + (char) ('A' + rng.nextInt(26)) + (char) ('A' + rng.nextInt(26));
        }
    }

    WeightedNames surnames() {
        return surnames;
    }

    List<PersonRecord> people(int count) {
        List<PersonRecord> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            people.add(person(i));
        }
        return people;
    }

    private PersonRecord person(int n) {
        boolean child = rng.nextDouble() < 0.6;
        ComparedSex sex = rng.nextBoolean() ? ComparedSex.FEMALE : ComparedSex.MALE;
        String given = capitalise((sex == ComparedSex.FEMALE ? female : male).draw(rng));
        int year = child ? 2006 + rng.nextInt(20) : 1950 + rng.nextInt(56);
        DateOfBirth dob = new DateOfBirth(year, 1 + rng.nextInt(12), 1 + rng.nextInt(28), false);
        PersonRecord.Builder person = PersonRecord.builder("P" + n).givenNames(given)
                .familyName(capitalise(surnames.draw(rng))).dateOfBirth(dob).sex(sex)
                .postcode(postcodes[rng.nextInt(postcodes.length)]);
        if (rng.nextDouble() < 0.85) {
            person.nhsNumber(NhsNumbers.valid(400_000_000L + n * 7L));
        }
        if (child && rng.nextDouble() < 0.7) {
            person.upn(String.format("A%012d", 100_000_000_000L + n * 13L));
        }
        if (rng.nextDouble() < 0.05) {
            person.previousNames(List.of(capitalise(surnames.draw(rng))));
        }
        return person.build();
    }

    static String capitalise(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1).toLowerCase();
    }
}

package org.kindred.person.internal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kindred.person.NhsNumber;
import org.kindred.person.Postcode;
import org.kindred.person.Upn;
import org.kindred.person.matching.DateOfBirth;
import org.kindred.person.matching.PersonRecord;

/**
 * Reads the front door's single search box: identifiers, a postcode and a date of birth are recognised
 * by their shape wherever they stand; the words left are names, the last one the family name.
 */
final class SearchText {
    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})[/.\\- ](\\d{1,2})[/.\\- ](\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern POSTCODE = Pattern.compile("\\b([A-Za-z]{1,2}\\d[A-Za-z\\d]?) ?(\\d[A-Za-z]{2})\\b");
    private static final Pattern NHS = Pattern.compile("\\b\\d{3} ?\\d{3} ?\\d{4}\\b");
    private static final Pattern UPN = Pattern.compile("\\b[A-Za-z]\\d{11}[A-Za-z\\d]\\b");

    private SearchText() {
    }

    static PersonRecord parse(String text) {
        PersonRecord.Builder b = PersonRecord.builder("query");
        String rest = " " + (text == null ? "" : text.trim()) + " ";
        Matcher m = NHS.matcher(rest);
        if (m.find() && NhsNumber.isValid(m.group())) {
            b.nhsNumber(NhsNumber.normalise(m.group()));
            rest = rest.replace(m.group(), " ");
        }
        m = UPN.matcher(rest);
        if (m.find() && Upn.isValid(m.group().toUpperCase())) {
            b.upn(m.group().toUpperCase());
            rest = rest.replace(m.group(), " ");
        }
        m = DATE.matcher(rest);
        if (m.find()) {
            b.dateOfBirth(m.group(1) != null
                    ? new DateOfBirth(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), false)
                    : new DateOfBirth(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), false));
            rest = rest.replace(m.group(), " ");
        }
        m = POSTCODE.matcher(rest);
        if (m.find() && Postcode.isValid(m.group())) {
            b.postcode(Postcode.normalise(m.group()));
            rest = rest.replace(m.group(), " ");
        }
        List<String> words = new ArrayList<>();
        for (String w : rest.trim().split("[\\s,]+")) {
            if (!w.isBlank() && w.chars().anyMatch(Character::isLetter)) {
                words.add(w);
            }
        }
        if (words.size() == 1) {
            b.familyName(words.get(0));
        } else if (words.size() > 1) {
            b.givenNames(String.join(" ", words.subList(0, words.size() - 1)));
            b.familyName(words.get(words.size() - 1));
        }
        return b.build();
    }
}

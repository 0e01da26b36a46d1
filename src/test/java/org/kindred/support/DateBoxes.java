package org.kindred.support;

import java.time.LocalDate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The three boxes of a GOV.UK date input as a page's form posts them: {@code startDay}, {@code startMonth}... */
public final class DateBoxes {
    private DateBoxes() {
    }

    /** For a request builder's {@code params}. */
    public static MultiValueMap<String, String> of(String field, LocalDate date) {
        MultiValueMap<String, String> boxes = new LinkedMultiValueMap<>();
        String[] pairs = pairs(field, date);
        for (int i = 0; i < pairs.length; i += 2) boxes.add(pairs[i], pairs[i + 1]);
        return boxes;
    }

    /** As name, value, name, value... */
    public static String[] pairs(String field, LocalDate date) {
        return new String[] {field + "Day", Integer.toString(date.getDayOfMonth()), field + "Month",
            Integer.toString(date.getMonthValue()), field + "Year", Integer.toString(date.getYear())};
    }
}

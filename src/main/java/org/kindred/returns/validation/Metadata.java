package org.kindred.returns.validation;

import java.time.LocalDate;

/**
 * What a rule may know about the collection beyond the tables: the collection period and year
 * (the year the collection ends, e.g. "2024" for 2023/24), the local authority code, the
 * Ofsted provider list where one was given, and the format the return came in ("csv" or "xml").
 * Any of them may be null when the caller does not know it; a rule that needs one skips without it.
 */
public record Metadata(LocalDate collectionStart, LocalDate collectionEnd, String collectionYear,
                       String localAuthority, Table providerInfo, String fileFormat) {

    /** The standard period of the collection that ends in {@code endYear}: 1 April to 31 March. */
    public static Metadata forCollectionEnding(int endYear, String localAuthority) {
        return new Metadata(CollectionYears.start(endYear), CollectionYears.end(endYear),
                Integer.toString(endYear), localAuthority, null, null);
    }
}

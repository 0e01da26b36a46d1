package org.kindred.recruitment;

import java.time.LocalDate;
import java.util.List;

/** A recruitment campaign, its named senior leader (who contacts every applicant) and its vacancies. */
public record Campaign(long id, String name, LocalDate opensOn, LocalDate closesOn, String leader, String leaderName,
                       List<Vacancy> vacancies) {
    public record Vacancy(long id, String team, String role, java.math.BigDecimal fte) {
    }
}

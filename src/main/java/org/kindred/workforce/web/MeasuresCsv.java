package org.kindred.workforce.web;

import java.util.List;
import org.kindred.workforce.Figures;

/** The monthly figures as CSV, one row a month (team names quoted; nothing here starts with a formula character). */
final class MeasuresCsv {
    private MeasuresCsv() {
    }

    static String of(List<Figures> months) {
        StringBuilder csv = new StringBuilder("day,team,headcount,fte,agency_headcount,agency_fte,leavers_fte,"
                + "starters_fte,establishment_fte,vacancy_fte,turnover_rate,agency_rate,vacancy_rate,absence_rate,"
                + "cases_per_fte,managers_permanent_percent\n");
        for (Figures f : months) {
            csv.append(f.day()).append(',').append(f.team() == null ? "The authority" : quoted(f.team())).append(',')
                    .append(f.headcount()).append(',').append(f.fte()).append(',').append(f.agencyHeadcount())
                    .append(',').append(f.agencyFte()).append(',').append(f.leaversFte()).append(',')
                    .append(f.startersFte()).append(',').append(f.establishmentFte()).append(',')
                    .append(f.vacancyFte()).append(',').append(cell(f.turnoverRate())).append(',')
                    .append(cell(f.agencyRate())).append(',').append(cell(f.vacancyRate())).append(',')
                    .append(cell(f.absenceRate())).append(',').append(cell(f.casesPerFte())).append(',')
                    .append(f.managersPermanentPercent()).append('\n');
        }
        return csv.toString();
    }

    private static String cell(Double v) { return v == null ? "" : v.toString(); }

    private static String quoted(String s) {
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}

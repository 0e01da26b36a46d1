package org.kindred.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.kindred.workforce.ContinuityForecast;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code workforce backtest}: how the continuity forecast would have done on past dates of this database. */
@Command(name = "workforce", mixinStandardHelpOptions = true, description = "The workforce's forecast, checked on history.",
        subcommands = {WorkforceCommand.BackTest.class})
class WorkforceCommand {

    @Command(name = "backtest", mixinStandardHelpOptions = true,
            description = {"Forecast each allocated child's change of social worker as on each past date, then compare"
                    + " with what happened in the three months after: precision and recall of the forecast (50% or more)"
                    + " and of the naive rule \"the worker leaves, so the child changes\".",
                    "Exit codes: 0 done, 2 bad date."})
    static class BackTest implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Option(names = "--at", split = ",", required = true, paramLabel = "YYYY-MM-DD",
                description = "The dates to forecast from, comma-separated; each needs three months of history after it.")
        String[] at;

        @Override
        public Integer call() {
            LocalDate[] dates = new LocalDate[at.length];
            for (int i = 0; i < at.length; i++) {
                try {
                    dates[i] = LocalDate.parse(at[i].trim());
                } catch (java.time.format.DateTimeParseException e) {
                    System.err.println("--at:1:" + 1 + ": not a date like 2026-06-01: " + at[i]);
                    return 2;
                }
            }
            try (ConfigurableApplicationContext ctx = SpringContexts.start(false, database.properties())) {
                ContinuityForecast forecast = ctx.getBean(ContinuityForecast.class);
                System.out.println("at,until,children,changed,forecast_predicted,forecast_correct,forecast_precision,"
                        + "forecast_recall,forecast_f1,naive_predicted,naive_correct,naive_precision,naive_recall,naive_f1");
                java.util.List<ContinuityForecast.BackTest> tests = new java.util.ArrayList<>();
                for (LocalDate d : dates) {
                    ContinuityForecast.BackTest b = forecast.backTest(d);
                    tests.add(b);
                    System.out.printf(java.util.Locale.ROOT, "%s,%s,%d,%d,%d,%d,%.3f,%.3f,%.3f,%d,%d,%.3f,%.3f,%.3f%n",
                            b.at(), b.until(), b.children(), b.changed(), b.forecast().predicted(),
                            b.forecast().correct(), b.forecast().precision(), b.forecast().recall(), b.forecast().f1(),
                            b.naive().predicted(), b.naive().correct(), b.naive().precision(), b.naive().recall(),
                            b.naive().f1());
                }
                // How often the children with each reason changed: what re-fitting the weights needs.
                System.out.println();
                System.out.println("at,reason,children,changed,rate");
                for (ContinuityForecast.BackTest b : tests) {
                    for (ContinuityForecast.ReasonRate r : b.byReason()) {
                        System.out.printf(java.util.Locale.ROOT, "%s,%s,%d,%d,%.3f%n", b.at(), r.reason(),
                                r.children(), r.changed(), r.rate());
                    }
                }
            }
            return 0;
        }
    }
}

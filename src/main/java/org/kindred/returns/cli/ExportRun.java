package org.kindred.returns.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.kindred.KindredApplication;
import org.kindred.access.CurrentUser;
import org.kindred.access.KindredPrincipal;
import org.kindred.access.Role;
import org.kindred.returns.export.ExportedReturn;
import org.kindred.returns.export.ReturnRuns;
import org.kindred.returns.validation.ReturnFileException;
import org.kindred.returns.validation.ReturnKind;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** {@code returns export} inside Kindred's application context (no web server). */
final class ExportRun {
    private ExportRun() {
    }

    static int run(ReturnKind kind, int year, Path out, String[] args, PrintWriter stdout, PrintWriter err) {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(KindredApplication.class)
                .web(WebApplicationType.NONE).run(args)) {
            // The export reads every child's record: it runs as a named system user, so the audit says who.
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                    (KindredPrincipal) () -> new CurrentUser(0, "returns-export", "Statutory returns export",
                            Set.of(Role.ADMINISTRATOR)), null, List.of()));
            ExportedReturn exported = ctx.getBean(ReturnRuns.class).export(kind, year, out);
            exported.files().forEach(f -> stdout.println("wrote " + f));
            ReportText.print(stdout, exported.report(), kind, year);
            stdout.flush();
            return exported.report().clean() ? ValidateCommand.CLEAN : ValidateCommand.ERRORS;
        } catch (ReturnFileException e) {
            err.println(e.describe());
            err.flush();
            return ValidateCommand.UNREADABLE;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

package org.kindred.returns.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.kindred.KindredApplication;
import org.kindred.access.CurrentUser;
import org.kindred.access.KindredPrincipal;
import org.kindred.access.Role;
import org.kindred.access.UserView;
import org.kindred.access.Users;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import picocli.CommandLine.Option;

/**
 * The database and the user a batch job of the returns module works as. The same options as org.kindred.cli's
 * DatabaseOptions, repeated because the returns module may not depend on the cli package (which depends on it).
 */
public class BatchOptions {
    @Option(names = "--db-url", description = "JDBC URL of an external PostgreSQL (or KINDRED_DB_URL). Default: embedded.")
    String dbUrl;

    @Option(names = "--db-user", description = "Database user for --db-url (or KINDRED_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", description = "Database password for --db-url (or KINDRED_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--data-dir", description = "Where the embedded PostgreSQL keeps its data (default ./data).")
    String dataDir;

    @Option(names = "--as", required = true, paramLabel = "USERNAME",
            description = "The Kindred user the job runs as: what it reads and writes is audited under this name.")
    String username;

    public ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>();
        if (dbUrl != null) args.add("--spring.datasource.url=" + dbUrl);
        if (dbUser != null) args.add("--spring.datasource.username=" + dbUser);
        if (dbPassword != null) args.add("--spring.datasource.password=" + dbPassword);
        if (dataDir != null) args.add("--kindred.data-dir=" + dataDir);
        return new SpringApplicationBuilder(KindredApplication.class).web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }

    /** Signs the job in as the user, who must hold one of the roles. */
    public void signIn(ConfigurableApplicationContext ctx, Role... allowed) {
        UserView user = ctx.getBean(Users.class).find(username)
                .filter(UserView::enabled)
                .orElseThrow(() -> new IllegalArgumentException("No enabled user " + username));
        if (Arrays.stream(allowed).noneMatch(user.roles()::contains)) {
            throw new IllegalArgumentException(username + " needs one of the roles " + Arrays.toString(allowed));
        }
        signIn(user);
    }

    static void signIn(UserView user) {
        CurrentUser current = new CurrentUser(user.id(), user.username(), user.displayName(), Set.copyOf(user.roles()));
        KindredPrincipal principal = () -> current;
        var authorities = user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, authorities));
    }
}

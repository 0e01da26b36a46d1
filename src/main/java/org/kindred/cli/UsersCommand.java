package org.kindred.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kindred.access.NewUser;
import org.kindred.access.Role;
import org.kindred.access.Users;
import org.kindred.shared.InvalidInput;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage users.",
        subcommands = {UsersCommand.Add.class})
class UsersCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create a user with roles and teams.")
    static class Add implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--name", required = true, description = "Full name")
        String name;

        @Option(names = "--role", required = true, description = "One or more of: ${COMPLETION-CANDIDATES}")
        List<Role> roles;

        @Option(names = "--team", description = "Team name (created if new)")
        List<String> teams = List.of();

        @Option(names = "--password-stdin", description = "Read the password from standard input instead of prompting")
        boolean passwordStdin;

        @Override
        public Integer call() throws Exception {
            String password = passwordStdin
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine()
                    : new String(System.console() == null ? new char[0] : System.console().readPassword("Password: "));
            try (ConfigurableApplicationContext ctx = SpringContexts.start(false, database.properties())) {
                Users users = ctx.getBean(Users.class);
                teams.forEach(users::createTeam);
                users.create(new NewUser(username, name, password, EnumSet.copyOf(roles), Set.copyOf(teams)), "command line");
                System.out.println("Created user " + username);
                return 0;
            } catch (InvalidInput e) {
                e.errors().forEach((field, message) -> System.err.println("--" + field + ": " + message));
                return 2;
            }
        }
    }
}

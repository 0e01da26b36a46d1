package org.kindred.cli;

import java.util.concurrent.Callable;
import org.kindred.audit.AuditChain;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check the audit trail.",
        subcommands = {AuditCommand.Verify.class})
class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute the audit trail's hash chain; report the first broken link (exit 1), else 0.")
    static class Verify implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = SpringContexts.start(false, database.properties())) {
                AuditChain.Result result = ctx.getBean(AuditChain.class).verify();
                if (result.intact()) {
                    System.out.println("Audit trail intact: " + result.checked() + " links checked");
                    return 0;
                }
                System.err.println("Audit trail broken: " + result.firstBroken().orElseThrow()
                        + " (" + result.checked() + " links before it hold)");
                return 1;
            }
        }
    }
}

package org.kindred.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run Kindred's web pages and API.")
class ServeCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "HTTP port (default 8080, or KINDRED_PORT).")
    Integer port;

    @Option(names = "--demo", description = "Load synthetic demo data and demo users (password in the README).")
    boolean demo;

    @Override
    public Integer call() {
        var launched = ClassDataSharing.serve(spec.root().commandLine().getParseResult().originalArgs(),
                database.dataDirOption());
        if (launched.isPresent()) {
            return launched.get();
        }
        ClassDataSharing.stopWithLauncher();
        Map<String, Object> properties = database.properties();
        if (port != null) {
            properties.put("server.port", port);
        }
        properties.put("kindred.demo", demo);
        SpringContexts.start(true, properties);
        KindredCommand.markServing();
        return 0;
    }
}

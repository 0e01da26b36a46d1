package org.kindred.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.kindred.demo.DemoData;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = "Generate synthetic demo data at county scale (never real people).")
class DemoDataCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @Option(names = "--people", description = "How many people (default ${DEFAULT-VALUE}).", defaultValue = "150000")
    int people;

    @Option(names = "--seed", description = "Random seed, for the same data every time (default ${DEFAULT-VALUE}).",
            defaultValue = "2026")
    long seed;

    @Override
    public Integer call() {
        Map<String, Object> properties = database.properties();
        properties.put("kindred.demo-data", true); // the demo users' published password is allowed for them
        try (ConfigurableApplicationContext ctx = SpringContexts.start(false, properties)) {
            DemoData.Summary summary = ctx.getBean(DemoData.class).generate(people, seed);
            System.out.println(summary);
            return 0;
        }
    }
}

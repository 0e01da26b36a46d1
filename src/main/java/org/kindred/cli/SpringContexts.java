package org.kindred.cli;

import java.util.Map;
import org.kindred.KindredApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

/** Starts Kindred's application context for a command: with the web server for `serve`, without for batch jobs. */
final class SpringContexts {
    private SpringContexts() {
    }

    static ConfigurableApplicationContext start(boolean web, Map<String, Object> properties) {
        // As command-line arguments, the options outrank application.properties and the environment.
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        var application = new SpringApplicationBuilder(KindredApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        if (Boolean.getBoolean("kindred.startup.jfr")) {
            // Each bean's creation as a Flight Recorder event, for finding where start-up goes (docs/performance.md)
            application.applicationStartup(new FlightRecorderApplicationStartup());
        }
        return application.run(args);
    }
}

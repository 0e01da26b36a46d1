package org.kindred.shared.loading;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Out of service while start-up work remains: part of the readiness group (application.properties). */
@Component("loading")
@RequiredArgsConstructor
class StartupWorkHealth implements HealthIndicator {
    private final StartupWork work;

    @Override
    public Health health() {
        return work.finished() ? Health.up().build()
                : Health.outOfService().withDetail("percent", work.percent()).withDetail("waitingFor", work.waitingFor()).build();
    }
}

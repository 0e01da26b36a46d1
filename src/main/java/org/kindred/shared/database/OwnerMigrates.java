package org.kindred.shared.database;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/** Flyway (every module's) connects as the schema's owner, not as the application's role. */
@Component
@RequiredArgsConstructor
class OwnerMigrates implements FlywayConfigurationCustomizer {
    private final DatabaseOwner owner;

    @Override
    public void customize(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
        configuration.dataSource(owner.dataSource());
    }
}

package org.kindred.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The options a command starts Kindred with become Spring properties; options not given set nothing. */
class ConnectionOptionsTest {

    @Test
    void givenOptionsBecomeArgumentsThatOutrankTheProperties() {
        ConnectionOptions options = CommandLine.populateCommand(new ConnectionOptions(),
                "--db-url", "jdbc:postgresql://db/kindred", "--db-user", "app", "--data-dir", "/srv/kindred");
        assertThat(options.arguments()).containsExactly("--spring.datasource.url=jdbc:postgresql://db/kindred",
                "--spring.datasource.username=app", "--kindred.data-dir=/srv/kindred");
        assertThat(options.dataDirOption()).isEqualTo("/srv/kindred");
    }

    @Test
    void noOptionsSetNothing() {
        ConnectionOptions options = CommandLine.populateCommand(new ConnectionOptions());
        assertThat(options.properties()).isEmpty();
        assertThat(options.dataDirOption()).isNull();
    }
}

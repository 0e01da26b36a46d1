package org.kindred.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kindred.geography.cli.PostcodesCommand;
import picocli.CommandLine;

/** `postcodes load FILE`: a newer directory into the data directory, read from then on; a bad file says where. */
class PostcodesCommandTest {
    @AfterEach
    void backToTheJarsCopy() {
        Postcodes.useDirectory(null);
    }

    @Test
    void loadsANewerDirectoryIntoTheDataDirectory(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("ONSPD_FEB_2026_UK.csv");
        // The ONSPD's own layout: quoted fields, many columns, in its own order.
        Files.writeString(csv, """
                "pcd","pcd2","pcds","dointr","doterm","oscty","ced","oslaua","osward","usertype","oseast1m","osnrth1m"
                "NN1 1AA","NN1  1AA","NN1 1AA","198001","","E10000021","E58000001","E06000061","E05000001","0","475000","260500"
                "NN1 9ZZ","NN1  9ZZ","NN1 9ZZ","202601","","E10000021","E58000001","E06000061","E05000001","0","476123","261234"
                "SW1A0AA","SW1A 0AA","SW1A 0AA","198001","","E99999999","E99999999","E09000033","E05000001","1","",""
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new PostcodesCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("load", csv.toString(), "--data-dir", dir.resolve("data").toString());
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("loaded 3 postcodes");
        assertThat(Postcodes.directory()).isEqualTo(dir.resolve("data/postcodes"));
        assertThat(Postcodes.find("NN1 9ZZ")).contains(new PostcodePlace("NN1 9ZZ", 476_123, 261_234, "E06000061"));
        assertThat(Postcodes.find("SW1A 0AA")).contains(new PostcodePlace("SW1A 0AA", null, null, "E09000033"));
        assertThat(Postcodes.find("AB1 0JD")).as("only the loaded directory is read").isEmpty();
    }

    @Test
    void aFileOfAnotherShapeIsRefusedAndNamed(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("wrong.csv");
        Files.writeString(csv, "name,age\nx,1\n");
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new PostcodesCommand());
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("load", csv.toString(), "--data-dir", dir.resolve("data").toString())).isEqualTo(2);
        assertThat(err.toString()).contains(csv + ":1:1: expected columns postcode,la_code,easting,northing");
        assertThat(dir.resolve("data/postcodes")).doesNotExist();
        assertThat(Postcodes.find("AB1 0JD")).as("the jar's copy still answers").isPresent();
    }
}

package org.kindred.shared.database;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The embedded server's two passwords: the owner's (its bootstrap superuser, which runs the migrations) and the
 * application's. Generated once, kept beside the PostgreSQL data in a file only its owner may read (0600): whoever
 * can read the data directory can read the data anyway, so the secret adds nothing there to steal.
 */
record DatabaseSecrets(String owner, String app) {
    static final String FILE = "database.secret";

    static DatabaseSecrets generated() {
        return new DatabaseSecrets(random(), random());
    }

    /** The secrets kept in the data directory, made now if there are none yet. */
    static DatabaseSecrets in(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            DatabaseSecrets made = generated();
            Path draft = dataDir.resolve(FILE + ".new");
            Files.deleteIfExists(draft);
            createPrivate(draft);
            Files.writeString(draft, "# Kindred's embedded PostgreSQL passwords. Keep with the data; never share.\n"
                    + "owner=" + made.owner + "\napp=" + made.app + "\n");
            try {
                Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException another) {
                Files.deleteIfExists(draft);
            }
        }
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file)));
        String owner = p.getProperty("owner");
        String app = p.getProperty("app");
        if (owner == null || owner.isBlank() || app == null || app.isBlank()) {
            throw new IllegalStateException(file + " lacks the owner= or app= password: restore it from a backup of the"
                    + " data directory");
        }
        return new DatabaseSecrets(owner.trim(), app.trim());
    }

    /** A file readable and writable by its owner alone, from its first byte. */
    static void createPrivate(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabaseSecrets[hidden]";
    }
}

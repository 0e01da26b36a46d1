package org.kindred.person.matching;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The people a saved index holds, as the scorer reads them: a compact binary file beside the Lucene files. */
final class PeopleFile {
    private static final int VERSION = 1;

    private PeopleFile() {
    }

    static void write(Path file, Collection<PersonRecord> people) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(VERSION);
            out.writeInt(people.size());
            for (PersonRecord p : people) {
                text(out, p.id());
                text(out, p.givenNames());
                text(out, p.familyName());
                texts(out, p.previousNames());
                DateOfBirth dob = p.dateOfBirth();
                out.writeBoolean(dob != null);
                if (dob != null) {
                    out.writeShort(dob.year());
                    out.writeByte(dob.month());
                    out.writeByte(dob.day());
                    out.writeBoolean(dob.estimated());
                }
                out.writeByte(p.sex() == null ? -1 : p.sex().ordinal());
                text(out, p.postcode());
                text(out, p.nhsNumber());
                text(out, p.upn());
                text(out, p.niNumber());
                texts(out, p.addressLines());
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static List<PersonRecord> read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != VERSION) throw new IOException("unknown people file version in " + file);
            int count = in.readInt();
            List<PersonRecord> people = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String id = text(in);
                String given = text(in);
                String family = text(in);
                List<String> previous = texts(in);
                DateOfBirth dob = in.readBoolean()
                        ? new DateOfBirth(in.readShort(), in.readByte(), in.readByte(), in.readBoolean()) : null;
                int sex = in.readByte();
                people.add(new PersonRecord(id, given, family, previous, dob, sex < 0 ? null : ComparedSex.values()[sex],
                        text(in), text(in), text(in), text(in), texts(in)));
            }
            return people;
        }
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) out.writeUTF(s);
    }

    private static String text(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void texts(DataOutputStream out, List<String> list) throws IOException {
        out.writeShort(list.size());
        for (String s : list) text(out, s);
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        int n = in.readShort();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) list.add(text(in));
        return list;
    }
}

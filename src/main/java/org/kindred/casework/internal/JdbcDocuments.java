package org.kindred.casework.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.access.CurrentUser;
import org.kindred.casework.ChildDocument;
import org.kindred.casework.DocumentType;
import org.kindred.casework.DocumentUpload;
import org.kindred.casework.Documents;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.chronology.ChronologyEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Documents kept in PostgreSQL (bytea) with their SHA-256, so a backup of the database holds the whole record. */
@Service("caseworkDocuments")
class JdbcDocuments implements Documents {
    private static final String COLUMNS = "id, child_id, document_type, title, file_name, media_type, size_bytes, "
            + "sha256, uploaded_at, uploaded_by";
    private final JdbcClient jdbc;
    private final VisibleChild visible;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcDocuments(JdbcClient jdbc, VisibleChild visible, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.visible = visible;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    @CanRecordCases
    public ChildDocument upload(long childId, DocumentUpload upload) {
        visible.check(childId);
        DocumentCheck.Valid v = DocumentCheck.validate(upload);
        String sha = sha256(upload.content());
        long id = jdbc.sql("""
                insert into child_document (child_id, document_type, title, file_name, media_type, size_bytes, sha256,
                    content, uploaded_at, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(childId, v.type().name(), v.title(), v.fileName(), v.mediaType(), upload.content().length, sha,
                        upload.content(), Timestamp.from(clock.instant()), CurrentUser.get().username())
                .query(Long.class).single();
        events.publishEvent(new AuditableAction("UPLOAD", "document", Long.toString(id),
                "child " + childId + ", " + v.mediaType() + ", sha256 " + sha));
        events.publishEvent(new ChronologyEntry(childId, clock.instant(), "Document",
                v.type().label() + " added: " + v.title(), "document", Long.toString(id),
                "/children/" + childId + "/documents"));
        return find(childId, id).orElseThrow();
    }

    @Override
    @Transactional
    public List<ChildDocument> forChild(long childId, DocumentType type) {
        visible.check(childId);
        List<ChildDocument> docs = jdbc.sql("select " + COLUMNS + " from child_document where child_id = :child"
                        + " and withdrawn_at is null" + (type == null ? "" : " and document_type = :type")
                        + " order by uploaded_at desc, id desc")
                .param("child", childId).param("type", type == null ? "" : type.name())
                .query(JdbcDocuments::map).list();
        events.publishEvent(new AuditableAction("LIST", "document", null, "child " + childId + ", " + docs.size()
                + " documents" + (type == null ? "" : ", type " + type.label())));
        return docs;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChildDocument> latest(long childId, int limit) {
        if (!visible.test(childId)) return List.of();
        return jdbc.sql("select " + COLUMNS + " from child_document where child_id = ? and withdrawn_at is null"
                + " order by uploaded_at desc, id desc limit ?").params(childId, limit).query(JdbcDocuments::map).list();
    }

    @Override
    @Transactional
    public Optional<Download> download(long childId, long documentId) {
        visible.check(childId);
        Optional<ChildDocument> doc = find(childId, documentId);
        if (doc.isEmpty()) return Optional.empty();
        byte[] content = jdbc.sql("select content from child_document where id = ?").params(documentId)
                .query(byte[].class).single();
        events.publishEvent(new AuditableAction("DOWNLOAD", "document", Long.toString(documentId),
                "child " + childId + ", " + doc.get().fileName()));
        return Optional.of(new Download(doc.get(), content));
    }

    private Optional<ChildDocument> find(long childId, long id) {
        return jdbc.sql("select " + COLUMNS + " from child_document where id = ? and child_id = ? and withdrawn_at is null")
                .params(id, childId).query(JdbcDocuments::map).optional();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ChildDocument map(ResultSet rs, int n) throws SQLException {
        return new ChildDocument(rs.getLong("id"), rs.getLong("child_id"),
                DocumentType.valueOf(rs.getString("document_type")), rs.getString("title"), rs.getString("file_name"),
                rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                JdbcCaseNotes.instant(rs, "uploaded_at"), rs.getString("uploaded_by"));
    }
}

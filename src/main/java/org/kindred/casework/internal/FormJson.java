package org.kindred.casework.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A form's fields as JSON text, for drafts and parked submissions: kept as typed, restored as typed. */
final class FormJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Only the note form's own fields are kept: never the CSRF token or anything else a request carried. */
    static final java.util.List<String> NOTE_FIELDS = java.util.List.of("type", "contactDay", "contactMonth",
            "contactYear", "contactTime", "seen", "seenAlone", "text");

    private FormJson() {
    }

    static String write(Map<String, String> form) {
        Map<String, String> kept = new LinkedHashMap<>();
        NOTE_FIELDS.forEach(f -> { if (form.get(f) != null) kept.put(f, form.get(f)); });
        return JSON.writeValueAsString(kept);
    }

    static Map<String, String> read(String json) {
        return new LinkedHashMap<>(JSON.readValue(json, new TypeReference<Map<String, String>>() { }));
    }
}

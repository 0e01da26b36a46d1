package org.kindred.frontdoor;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.kindred.shared.time.UkTime;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads when a contact arrived as the API has always taken it: ISO date-time with an offset ("2026-11-23T09:15:00Z")
 * or UK local time ("2026-11-23T09:15"), which a partner's case system often sends. Anything else is Jackson's
 * invalid format, which the API reports against the field.
 */
final class ReceivedAt extends ValueDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
        String text = parser.getValueAsString();
        if (text == null) return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        if (text.isBlank()) return null;
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text.strip()).atZone(UkTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text,
                        "must be a real date and time, like 2026-11-23T09:15");
            }
        }
    }
}

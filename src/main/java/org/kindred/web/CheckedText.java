package org.kindred.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every JSON string the API reads passes {@link TextRule}, and a text field takes only a JSON string: a number,
 * object or array sent for it is a mistake (it was turned into text, or failed later without naming the field).
 */
final class CheckedText extends StdScalarDeserializer<String> {
    CheckedText() { super(String.class); }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        String text = p.getString();
        String problem = TextRule.problem(text);
        if (problem != null) {
            throw InvalidFormatException.from(p, problem, null, String.class);
        }
        return text;
    }
}

package org.kindred.person.matching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;

/**
 * A bounded memo for derived name values (words, sound-alike codes): the same few thousand
 * names are compared millions of times. When full it simply starts again, which is cheap and safe.
 */
@RequiredArgsConstructor
final class Memo<V> {

    private final int capacity;
    private final Map<String, V> values = new ConcurrentHashMap<>();

    V get(String key, Function<String, V> compute) {
        V value = values.get(key);
        if (value == null) {
            if (values.size() >= capacity) {
                values.clear();
            }
            value = compute.apply(key);
            values.put(key, value);
        }
        return value;
    }
}

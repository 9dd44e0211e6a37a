package fi.hanke.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Collects the named definitions ({@code $defs}) of the JSON Schema while codecs describe themselves, and writes
 * a schema made of maps, lists, strings, numbers and booleans.
 */
final class SchemaBuilder {
  private final Map<String, Map<String, Object>> definitions = new LinkedHashMap<>();

  /**
   * @param name the definition's name in {@code $defs}
   * @param definition makes the definition the first time the name is asked for
   * @return a fresh {@code {"$ref": "#/$defs/name"}}
   */
  Map<String, Object> ref(String name, Supplier<Map<String, Object>> definition) {
    if (!definitions.containsKey(name)) {
      definitions.put(name, null); // reserved first: a definition may refer to itself
      definitions.put(name, definition.get());
    }
    return object("$ref", "#/$defs/" + name);
  }

  Map<String, Map<String, Object>> definitions() {
    return definitions;
  }

  /** @return a modifiable ordered map of the given pairs */
  static Map<String, Object> object(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** Writes a schema value: a map, list, string, number or boolean. */
  static void write(JsonGenerator out, Object value) throws IOException {
    if (value instanceof Map) {
      out.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        out.writeFieldName((String) e.getKey());
        write(out, e.getValue());
      }
      out.writeEndObject();
    } else if (value instanceof List) {
      out.writeStartArray();
      for (Object element : (List<?>) value) {
        write(out, element);
      }
      out.writeEndArray();
    } else if (value instanceof String) {
      out.writeString((String) value);
    } else if (value instanceof Boolean) {
      out.writeBoolean((Boolean) value);
    } else if (value instanceof Long || value instanceof Integer) {
      out.writeNumber(((Number) value).longValue());
    } else {
      throw new IllegalArgumentException("not a schema value: " + value);
    }
  }
}

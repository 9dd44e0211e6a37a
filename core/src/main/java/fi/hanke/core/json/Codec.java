package fi.hanke.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;

/**
 * How one type of value is read from the token stream, written, and described in the JSON Schema. The three are
 * kept together so that they cannot drift apart.
 *
 * @param <V> the model type
 */
abstract class Codec<V> {

  /**
   * Reads the value whose first token is the parser's current token and leaves the parser on its last token.
   *
   * @return the value, or null after a problem was reported and the value skipped
   */
  abstract V read(Reading in) throws IOException;

  /**
   * Writes the value.
   *
   * @throws IllegalArgumentException if the value cannot be expressed in hanke/1
   */
  abstract void write(JsonGenerator out, V value) throws IOException;

  /**
   * The JSON Schema of the value: a {@code $ref} to a definition that {@code schema} keeps, or an inline schema.
   *
   * @param schema where named definitions are collected
   * @return a fresh, modifiable schema object
   */
  abstract Map<String, Object> schema(SchemaBuilder schema);
}

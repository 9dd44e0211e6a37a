package fi.hanke.core.json;

import static fi.hanke.core.json.SchemaBuilder.object;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import fi.hanke.core.json.JsonProblem.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The codec of one model type, described once as a table of fields (JSON name, getter, value codec, builder
 * setter, required, defaulted, optional, list or map). The same table drives the reader, the writer and the
 * JSON Schema.
 *
 * <p>Reading decodes straight from the token stream into the type's Immutables builder: an unknown field is
 * reported and skipped, a wrong value is reported by its codec, a missing required field is reported at the end
 * of the object, and an invariant the builder enforces is reported at the object's path. The object is built
 * only when none of that happened, but reading always goes on to the end of the object.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
final class ObjectCodec<T, B> extends Codec<T> {
  private final String name;
  private final Class<T> type;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final String description;
  private final List<Field<T, B>> fields;
  private final Map<String, Integer> index = new HashMap<>();
  /** The fields' indices by name. */
  private final NameTable names;
  /** Each field's name as Jackson matches it in the input without parsing it (see {@link #nextField}). */
  private final SerializedString[] quoted;
  /**
   * At {@code p + 1}, the index of the field that followed field {@code p} (at 0: the first field) in the object
   * read last where it did not follow as predicted, or the number of fields for the object's end; at first, the
   * next field in table order. Only a prediction, shared by the threads that read with this codec (see
   * {@link #predict}): a stale entry costs a look-up, never a different result.
   */
  private final int[] after;
  /** A bit for each required field, at its index. */
  private final long required;
  private final String fieldList;

  private ObjectCodec(Describer<T, B> d) {
    this.name = d.name;
    this.type = d.type;
    this.newBuilder = d.newBuilder;
    this.build = d.build;
    this.description = d.description;
    this.fields = List.copyOf(d.fields);
    if (fields.size() > Long.SIZE) {
      throw new IllegalStateException(name + " has more than 64 fields");
    }
    for (int i = 0; i < fields.size(); i++) {
      if (index.put(fields.get(i).name, i) != null) {
        throw new IllegalStateException(name + " describes field " + fields.get(i).name + " twice");
      }
    }
    this.fieldList = fields.stream().map(f -> f.name).collect(Collectors.joining(", "));
    this.names = new NameTable(fieldNames());
    this.quoted = new SerializedString[fields.size()];
    this.after = new int[fields.size() + 1];
    for (int i = 0; i < fields.size(); i++) {
      quoted[i] = new SerializedString(fields.get(i).name);
      after[i] = i;
    }
    after[fields.size()] = fields.size();
    long bits = 0;
    for (int i = 0; i < fields.size(); i++) {
      bits |= fields.get(i).required ? 1L << i : 0;
    }
    this.required = bits;
  }

  /**
   * Starts the table of a model type.
   *
   * @param name the type's name in the schema's {@code $defs} and in problems
   * @param type the model type
   * @param newBuilder makes an empty builder
   * @param build builds a value from a builder; may throw for an invariant
   * @param description the schema description, with the Finnish term
   */
  static <T, B> Describer<T, B> describe(String name, Class<T> type, Supplier<B> newBuilder, Function<B, T> build,
      String description) {
    return new Describer<>(name, type, newBuilder, build, description);
  }

  /** @return the name in the schema and in problems, e.g. {@code CostLine} */
  String name() {
    return name;
  }

  /** @return the model type */
  Class<T> type() {
    return type;
  }

  /** @return the JSON field names, in writing order */
  List<String> fieldNames() {
    return fields.stream().map(f -> f.name).collect(Collectors.toList());
  }

  /**
   * @return the field's name as Jackson matches it in the input, the one instance this table uses
   * @throws IllegalStateException if the type has no field of that name
   */
  SerializedString quoted(String fieldName) {
    return quoted[indexOf(fieldName)];
  }

  /**
   * @return the field's bit in the mask of fields an object has ({@link State#seen})
   * @throws IllegalStateException if the type has no field of that name
   */
  long bit(String fieldName) {
    return 1L << indexOf(fieldName);
  }

  private int indexOf(String fieldName) {
    Integer i = index.get(fieldName);
    if (i == null) {
      throw new IllegalStateException(name + " has no field " + fieldName);
    }
    return i;
  }

  /**
   * Reads the rest of an object whose first fields an optimistic pass has read into {@code builder} in writing order
   * ({@link OrderedReader}), and builds it: the parser stands on the name that did not come in that order.
   *
   * @param seen the bits of the fields already read
   * @return the value, or null when the object had a problem
   */
  T readRest(Reading in, B builder, long seen) throws IOException {
    if (!in.optimistic) {
      throw new IllegalArgumentException("the rest of an object is read in an optimistic pass");
    }
    State<B> state = new State<>(builder);
    state.seen = seen;
    do {
      readField(in, state);
    } while (nextField(in.parser, state));
    return finish(in, state, null); // an optimistic pass gives up at a problem before it would need the location
  }

  /** @return whether the type has a field of that name */
  boolean has(String fieldName) {
    return index.containsKey(fieldName);
  }

  @Override
  T read(Reading in) throws IOException {
    JsonParser parser = in.parser;
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      in.wrongType(Detail.wantObjectOf(name));
      return null;
    }
    JsonLocation start = in.optimistic ? null : parser.currentTokenLocation(); // only problems use it
    State<B> state = start();
    while (nextField(parser, state)) {
      readField(in, state);
    }
    predict(state.next, fields.size());
    return finish(in, state, start);
  }

  /**
   * Moves the parser to the next token of an object being read, as {@code nextToken()} does.
   * Where a field is predicted to come next ({@link #after}), Jackson compares the input with its name first:
   * a match needs no parsing or look-up of the name (about a sixth of reading when names are parsed).
   *
   * @return whether the token is a field name
   */
  boolean nextField(JsonParser parser, State<B> state) throws IOException {
    state.matched = -1;
    int guess = after[state.next];
    if (guess == quoted.length) {
      return parser.nextToken() == JsonToken.FIELD_NAME;
    }
    if (parser.nextFieldName(quoted[guess])) {
      state.matched = (byte) guess; // at most 64 fields
      return true;
    }
    return parser.currentToken() == JsonToken.FIELD_NAME;
  }

  /** @return the state of an object being read */
  State<B> start() {
    return new State<>(newBuilder.get());
  }

  /** Reads one field; the parser stands on its name and is left on the last token of its value. */
  void readField(Reading in, State<B> state) throws IOException {
    JsonParser parser = in.parser;
    int i = state.matched;
    String fieldName = i >= 0 ? fields.get(i).name : parser.currentName(); // the parser's name is that very String
    if (i < 0) {
      i = names.indexOf(fieldName);
    }
    in.enter(fieldName);
    if (i < 0) {
      if (!in.counted()) {
        in.report(Kind.UNKNOWN_FIELD, fieldName, Detail.fieldUnknown(fieldName, name, fieldList));
      }
      parser.nextToken();
      parser.skipChildren();
      state.broken = true;
    } else {
      if ((state.seen & 1L << i) != 0) {
        in.repeatedName();
      }
      parser.nextToken();
      predict(state.next, i);
      state.seen |= 1L << i;
      state.next = i + 1;
      if (!fields.get(i).read(in, state.builder)) {
        state.broken = true;
      }
    }
    in.leave();
  }

  /**
   * Notes that {@code field} (or the object's end, at the number of fields) came after the field before
   * {@code position}, for {@link #nextField}. Written only when it changes, so that threads reading documents of
   * one shape do not keep taking the line of memory from each other; a write another thread overwrites only costs
   * that thread's next prediction.
   */
  private void predict(int position, int field) {
    if (after[position] != field) {
      after[position] = field;
    }
  }

  /**
   * Ends an object: reports the required fields it lacks and builds it.
   *
   * @param start where the object began, for problems that belong to the whole object
   * @return the value, or null when the object had a problem
   */
  T finish(Reading in, State<B> state, JsonLocation start) {
    for (int i = 0; (state.seen & required) != required && i < fields.size(); i++) { // only if one is missing
      Field<T, B> field = fields.get(i);
      if (field.required && (state.seen & (1L << i)) == 0) {
        in.reportAt(Kind.MISSING_FIELD, in.pathOf(field.name), start, null, Detail.fieldMissing(field.name, name));
        state.broken = true;
      }
    }
    if (state.broken) {
      return null;
    }
    try {
      return build.apply(state.builder);
    } catch (RuntimeException e) { // an invariant of the model, e.g. a blank name
      in.reportAt(Kind.INVALID_VALUE, in.path(), start, null, Detail.modelRefused(name, e));
      return null;
    }
  }

  @Override
  void write(JsonGenerator out, T value) throws IOException {
    out.writeStartObject();
    writeFields(out, value);
    out.writeEndObject();
  }

  /** Writes the fields in table order, leaving out empty optionals, lists and maps. */
  void writeFields(JsonGenerator out, T value) throws IOException {
    for (Field<T, B> field : fields) {
      field.write(out, value);
    }
  }

  @Override
  Map<String, Object> schema(SchemaBuilder schema) {
    return schema.ref(name, () -> definition(schema, description, new LinkedHashMap<>(), new ArrayList<>()));
  }

  /**
   * The object schema of the type, with header properties (such as a document's format and kind) first.
   *
   * @param header properties that come before the type's own, modified
   * @param required the names of required header properties, modified
   */
  Map<String, Object> definition(SchemaBuilder schema, String text, Map<String, Object> header,
      List<String> required) {
    for (Field<T, B> field : fields) {
      Map<String, Object> property = field.schema(schema);
      property.put("description", field.description);
      header.put(field.name, property);
      if (field.required) {
        required.add(field.name);
      }
    }
    Map<String, Object> definition = object("type", "object", "description", text, "properties", header);
    if (!required.isEmpty()) {
      definition.put("required", required);
    }
    definition.put("additionalProperties", false);
    return definition;
  }

  /** The progress of one object being read. */
  static final class State<B> {
    final B builder;
    long seen;
    /** The index after the field read last: where the next field is looked for first. */
    int next;
    /**
     * The index of the field whose name the parser matched at the current token, or -1: a byte, so that a state takes
     * no more memory than without it (32 bytes).
     */
    byte matched = -1;
    boolean broken;

    State(B builder) {
      this.builder = builder;
    }
  }

  /** Reads a value and sets it into a builder; false after a problem. */
  private static <B, V> boolean readInto(Reading in, Codec<V> codec, BiConsumer<B, V> setter, B builder)
      throws IOException {
    V value = codec.read(in);
    return value != null && set(in, setter, builder, value);
  }

  /** Sets a value read into a builder, reporting a value the builder refuses. */
  private static <B, V> boolean set(Reading in, BiConsumer<B, V> setter, B builder, V value) {
    try {
      setter.accept(builder, value);
      return true;
    } catch (RuntimeException e) {
      in.report(Kind.INVALID_VALUE, null, Detail.modelRefusedValue(e));
      return false;
    }
  }

  /** One row of the table. */
  abstract static class Field<T, B> {
    final String name;
    final boolean required;
    final String description;

    Field(String name, boolean required, String description) {
      this.name = name;
      this.required = required;
      this.description = description;
    }

    /** Reads the value at the current token into the builder; false after a problem. */
    abstract boolean read(Reading in, B builder) throws IOException;

    /** Writes the field of the value, or nothing when it is empty. */
    abstract void write(JsonGenerator out, T value) throws IOException;

    abstract Map<String, Object> schema(SchemaBuilder schema);
  }

  /** A single value: required, defaulted (always written, optional to read) or optional (written if present). */
  private static final class ValueField<T, B, V> extends Field<T, B> {
    private final Function<T, Optional<V>> get;
    private final Codec<V> codec;
    private final BiConsumer<B, V> set;

    ValueField(String name, boolean required, Function<T, Optional<V>> get, Codec<V> codec, BiConsumer<B, V> set,
        String description) {
      super(name, required, description);
      this.get = get;
      this.codec = codec;
      this.set = set;
    }

    @Override
    boolean read(Reading in, B builder) throws IOException {
      return readInto(in, codec, set, builder);
    }

    @Override
    void write(JsonGenerator out, T value) throws IOException {
      Optional<V> v = get.apply(value);
      if (v.isPresent()) {
        out.writeFieldName(name);
        codec.write(out, v.get());
      }
    }

    @Override
    Map<String, Object> schema(SchemaBuilder schema) {
      return codec.schema(schema);
    }
  }

  /**
   * A list or a map: its elements are read one by one within {@link JsonLimits#maxArrayLength()}, a bad element
   * does not stop the others from being read, and it is written only when not empty.
   */
  private abstract static class ContainerField<T, B> extends Field<T, B> {
    private final boolean array;

    ContainerField(String name, boolean array, String description) {
      super(name, false, description);
      this.array = array;
    }

    @Override
    final boolean read(Reading in, B builder) throws IOException {
      JsonParser parser = in.parser;
      if (parser.currentToken() != (array ? JsonToken.START_ARRAY : JsonToken.START_OBJECT)) {
        in.wrongType(Detail.want(array ? Detail.Key.WANT_ARRAY : Detail.Key.WANT_OBJECT));
        return false;
      }
      JsonToken end = array ? JsonToken.END_ARRAY : JsonToken.END_OBJECT;
      Set<String> keys = array || !in.optimistic ? null : new HashSet<>();
      boolean ok = true;
      for (int i = 0; ; i++) {
        if (array) {
          in.enter(i); // before the element's first token, which may exceed a limit
        }
        if (parser.nextToken() == end) {
          if (array) {
            in.leave();
          }
          return ok;
        }
        if (!array) {
          in.enter(parser.currentName());
          if (keys != null && !keys.add(parser.currentName())) {
            in.repeatedName();
          }
        }
        if (i == in.limits.maxArrayLength()) {
          tooLong(in, end);
          in.leave();
          return false;
        }
        ok = readElement(in, builder) && ok;
        in.leave();
      }
    }

    /** Reads one element (the parser on its first token) or entry (on its name) into the builder. */
    abstract boolean readElement(Reading in, B builder) throws IOException;
  }

  /** Reports an array or map longer than the limit at the current path and skips the rest of it. */
  private static void tooLong(Reading in, JsonToken end) throws IOException {
    JsonParser parser = in.parser;
    in.report(Kind.LIMIT_EXCEEDED, null, Detail.limitArray(in.limits.maxArrayLength()));
    do {
      parser.skipChildren(); // a name or a scalar is skipped as itself
    } while (parser.nextToken() != end);
  }

  /** A list, written when not empty; absent means empty. */
  private static final class ListField<T, B, V> extends ContainerField<T, B> {
    private final Function<T, List<V>> get;
    private final Codec<V> codec;
    private final BiConsumer<B, V> add;

    ListField(String name, Function<T, List<V>> get, Codec<V> codec, BiConsumer<B, V> add, String description) {
      super(name, true, description);
      this.get = get;
      this.codec = codec;
      this.add = add;
    }

    @Override
    boolean readElement(Reading in, B builder) throws IOException {
      return readInto(in, codec, add, builder);
    }

    @Override
    void write(JsonGenerator out, T value) throws IOException {
      List<V> list = get.apply(value);
      if (!list.isEmpty()) {
        out.writeFieldName(name);
        out.writeStartArray(list, list.size());
        for (V element : list) {
          codec.write(out, element);
        }
        out.writeEndArray();
      }
    }

    @Override
    Map<String, Object> schema(SchemaBuilder schema) {
      return object("type", "array", "items", codec.schema(schema));
    }
  }

  /** A map written as an object with keys in sorted order, when not empty; absent means empty. */
  private static final class MapField<T, B, K, V> extends ContainerField<T, B> {
    private final Function<T, Map<K, V>> get;
    private final Scalars.Text<K> keys;
    private final Codec<V> values;
    private final Put<B, K, V> put;

    MapField(String name, Function<T, Map<K, V>> get, Scalars.Text<K> keys, Codec<V> values, Put<B, K, V> put,
        String description) {
      super(name, false, description);
      this.get = get;
      this.keys = keys;
      this.values = values;
      this.put = put;
    }

    @Override
    boolean readElement(Reading in, B builder) throws IOException {
      K key = keys.parse(in, in.parser.currentName());
      in.parser.nextToken();
      V value = values.read(in);
      return key != null && value != null && set(in, (b, v) -> put.put(b, key, v), builder, value);
    }

    @Override
    void write(JsonGenerator out, T value) throws IOException {
      Map<K, V> map = get.apply(value);
      if (!map.isEmpty()) {
        List<Map.Entry<String, V>> entries = new ArrayList<>();
        map.forEach((k, v) -> entries.add(Map.entry(keys.format(k), v)));
        entries.sort(Map.Entry.comparingByKey());
        out.writeFieldName(name);
        out.writeStartObject(map, map.size());
        for (Map.Entry<String, V> e : entries) {
          out.writeFieldName(e.getKey());
          values.write(out, e.getValue());
        }
        out.writeEndObject();
      }
    }

    @Override
    Map<String, Object> schema(SchemaBuilder schema) {
      return object("type", "object", "propertyNames", keys.inline(), "additionalProperties", values.schema(schema));
    }
  }

  /** Puts an entry into a builder. */
  interface Put<B, K, V> {
    void put(B builder, K key, V value);
  }

  /** Collects the rows of a table in writing order. */
  static final class Describer<T, B> {
    private final String name;
    private final Class<T> type;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final String description;
    private final List<Field<T, B>> fields = new ArrayList<>();

    private Describer(String name, Class<T> type, Supplier<B> newBuilder, Function<B, T> build, String description) {
      this.name = name;
      this.type = type;
      this.newBuilder = newBuilder;
      this.build = build;
      this.description = description;
    }

    /** A field that must be present. */
    <V> Describer<T, B> required(String field, Function<T, V> get, Codec<V> codec, BiConsumer<B, V> set,
        String text) {
      fields.add(new ValueField<>(field, true, t -> Optional.of(get.apply(t)), codec, set, text));
      return this;
    }

    /** A field with a default in the model: always written, the default when absent. */
    <V> Describer<T, B> defaulted(String field, Function<T, V> get, Codec<V> codec, BiConsumer<B, V> set,
        String text) {
      fields.add(new ValueField<>(field, false, t -> Optional.of(get.apply(t)), codec, set, text));
      return this;
    }

    /**
     * A field with a default in the model that most documents keep (a line stated exactly, a table given in
     * full): written only when it differs from the default, the default when absent, so that documents that
     * say nothing of it stay as they were.
     */
    <V> Describer<T, B> unlessDefault(String field, Function<T, V> get, V standard, Codec<V> codec,
        BiConsumer<B, V> set, String text) {
      fields.add(new ValueField<>(field, false, t -> Optional.of(get.apply(t)).filter(v -> !v.equals(standard)), codec,
          set, text));
      return this;
    }

    /** An optional field: written when present, empty when absent. */
    <V> Describer<T, B> optional(String field, Function<T, Optional<V>> get, Codec<V> codec, BiConsumer<B, V> set,
        String text) {
      fields.add(new ValueField<>(field, false, get, codec, set, text));
      return this;
    }

    /** A list: written when not empty, empty when absent. */
    <V> Describer<T, B> list(String field, Function<T, List<V>> get, Codec<V> codec, BiConsumer<B, V> add,
        String text) {
      fields.add(new ListField<>(field, get, codec, add, text));
      return this;
    }

    /** A map with string keys: written when not empty, keys sorted; empty when absent. */
    <K, V> Describer<T, B> map(String field, Function<T, Map<K, V>> get, Scalars.Text<K> keys, Codec<V> values,
        Put<B, K, V> put, String text) {
      fields.add(new MapField<>(field, get, keys, values, put, text));
      return this;
    }

    ObjectCodec<T, B> build() {
      return new ObjectCodec<>(this);
    }
  }
}

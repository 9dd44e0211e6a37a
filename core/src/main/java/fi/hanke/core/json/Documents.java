package fi.hanke.core.json;

import static fi.hanke.core.json.SchemaBuilder.object;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import fi.hanke.core.json.JsonProblem.Kind;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The top level of hanke/1: {@code {"format": "hanke/1", "kind": "project" | "groupProject", …fields…}}. Reads
 * one document in one pass, writes one, and generates the JSON Schema from the tables of {@link Model}.
 *
 * <p>The kind decides which table reads the other fields. Since the fields of a project and of a group project
 * have different names, a document whose {@code "kind"} comes after other fields (or is missing) is still read
 * in one pass without buffering: its first known field tells the kind, and a {@code "kind"} that says otherwise
 * is a problem.
 */
final class Documents {
  private Documents() {}

  static final String FORMAT = "hanke/1";
  static final String SCHEMA_ID = "https://hanke.fi/schema/hanke-1.schema.json";

  /**
   * Reads one document: the parser has not yet read its first token. Problems of content are collected in
   * {@code in}, a syntax error or an exceeded limit ends the pass.
   *
   * @param expected the kind the caller wants, or null for either
   * @return the document, or null when {@code in} has problems
   * @throws IOException only for a failure of the caller's source
   */
  static HankeDocument read(Reading in, HankeDocument.Kind expected) throws IOException {
    JsonParser parser = in.parser;
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        in.empty = true;
        in.report(Kind.SYNTAX, null, Detail.syntaxEmpty());
        return null;
      }
      HankeDocument document = null;
      if (first == JsonToken.START_OBJECT) {
        document = readObject(in, expected);
      } else {
        in.wrongType(Detail.want(Detail.Key.WANT_DOCUMENT));
      }
      JsonToken after = parser.nextToken();
      if (after != null) {
        in.report(Kind.SYNTAX, after.isScalarValue() ? parser.getText() : null,
            Detail.syntaxAfterDocument());
      }
      return in.hasProblems() ? null : document;
    } catch (StreamConstraintsException e) {
      limitExceeded(in, e);
      return null;
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      String message = e.getOriginalMessage();
      int column = where.getColumnNr();
      if (column > 1 && message.startsWith("Illegal character (") && CHARACTER_CODE.matcher(message).find()) {
        column--; // between tokens Jackson stands past an ASCII character it refuses; the problem is the character
      }
      in.reportAt(Kind.SYNTAX, in.path(), where.getLineNr(), column, null, JacksonFailures.of(e, parser));
      return null;
    } catch (CharConversionException e) { // bytes that are not text in the detected encoding
      in.reportAt(Kind.SYNTAX, in.path(), parser.currentLocation(), null, Detail.syntaxOpening());
      return null;
    }
  }

  /** The code of an ASCII character in Jackson's description of a character it refuses. */
  private static final Pattern CHARACTER_CODE = Pattern.compile("code ([0-9]|[1-9][0-9]|1[01][0-9]|12[0-7])\\)");

  /** The length Jackson's constraints found exceeded, the first number in its message. */
  private static final Pattern LENGTH = Pattern.compile("\\(([0-9]+)\\)");

  /**
   * Reports an exceeded limit where the offending value starts, at the path of that value. Jackson throws while
   * it reads the value: a string is read when its text is asked for, so the parser still stands on it; a number
   * is read with the field name before it, so the parser stands on the name and the number ends where the
   * parser is, its digits (the length in the message) before that. A number so long that it fills Jackson's
   * buffer of text is found by the string limit, while Jackson parses a number; it is called a number here.
   */
  private static void limitExceeded(Reading in, StreamConstraintsException e) {
    JsonParser parser = in.parser;
    String message = e.getOriginalMessage();
    String path = pathOf(parser.getParsingContext(), in.path());
    JsonLocation now = parser.currentLocation();
    if (message.contains("nesting depth") || message.contains("Document length")) {
      in.reportAt(Kind.LIMIT_EXCEEDED, path, now, null, limitDetail(e, in.limits));
      return;
    }
    boolean number = message.startsWith("Number value length") || parsingNumber(e);
    if (!number && parser.currentToken() == JsonToken.VALUE_STRING) {
      in.reportAt(Kind.LIMIT_EXCEEDED, path, parser.currentTokenLocation(), null, limitDetail(e, in.limits));
      return;
    }
    java.util.regex.Matcher length = LENGTH.matcher(message);
    long digits = length.find() ? Long.parseLong(length.group(1)) : 0;
    // a number stops the parser right after its last digit; the string limit stops it one character further
    long start = now.getColumnNr() - digits - (message.startsWith("Number value length") ? 0 : 1);
    in.reportAt(Kind.LIMIT_EXCEEDED, path, now.getLineNr(), (int) Math.max(1, start), null, number
        ? Detail.limitNumber(in.limits.maxNumberLength()) : limitDetail(e, in.limits));
  }

  /** Whether Jackson threw while it parsed a number (its methods that do are named so). */
  private static boolean parsingNumber(StreamConstraintsException e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("com.fasterxml.jackson.core.json.")
          && frame.getMethodName().contains("Number")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The path of the value Jackson was reading: its parsing context, which already names a field whose value is
   * being read; the reader's own path where Jackson has none.
   */
  private static String pathOf(JsonStreamContext context, String fallback) {
    if (context == null) {
      return fallback;
    }
    java.util.ArrayDeque<JsonStreamContext> chain = new java.util.ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    StringBuilder b = new StringBuilder("$");
    for (JsonStreamContext c : chain) {
      if (c.inArray()) {
        b.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
      } else if (c.getCurrentName() != null) {
        Reading.appendName(b, c.getCurrentName());
      }
    }
    return b.toString();
  }


  /** Names the limit that Jackson's constraints found exceeded. */
  private static Detail limitDetail(StreamConstraintsException e, JsonLimits limits) {
    String message = e.getOriginalMessage();
    if (message.contains("nesting depth")) {
      return Detail.limitDepth(limits.maxDepth());
    } else if (message.contains("Document length")) {
      return Detail.limitDocument(limits.maxDocumentLength());
    } else if (message.contains("String value length") || message.contains("Name length")) {
      return Detail.limitString(limits.maxStringLength());
    } else if (message.contains("Number value length")) {
      return Detail.limitNumber(limits.maxNumberLength());
    }
    return Detail.limitReader();
  }

  private static HankeDocument readObject(Reading in, HankeDocument.Kind expected) throws IOException {
    JsonParser parser = in.parser;
    JsonLocation start = parser.currentTokenLocation();
    boolean formatSeen = false;
    boolean kindSeen = false;
    JsonLocation kindAt = start;
    Body<?, ?> body = null;
    while (body != null ? body.nextField(parser) : parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      boolean header = body == null || !body.matched(); // a name Jackson matched is the body's
      if (header && (name.equals("format") || name.equals("kind"))) {
        in.enter(name);
        parser.nextToken();
        if (name.equals("format") ? formatSeen : kindSeen) {
          in.repeatedName();
        }
        if (name.equals("format")) {
          formatSeen = true;
          readFormat(in);
        } else {
          kindSeen = true;
          kindAt = parser.currentTokenLocation();
          HankeDocument.Kind kind = readKind(in);
          if (kind != null && body == null) {
            body = Body.of(kind);
          } else if (kind != null && kind != body.kind) {
            in.report(Kind.INVALID_VALUE, kind.jsonName(), Detail.kindMismatch(kind.jsonName(), body.kind.jsonName()));
          }
        }
        in.leave();
        continue;
      }
      if (body == null) {
        body = Model.PROJECT.has(name) ? Body.of(HankeDocument.Kind.PROJECT)
            : Model.GROUP_PROJECT.has(name) ? Body.of(HankeDocument.Kind.GROUP_PROJECT) : null;
      }
      if (body != null) {
        body.readField(in);
      } else {
        in.enter(name);
        if (!in.counted()) {
          in.report(Kind.UNKNOWN_FIELD, name, Detail.fieldUnknownInDocument(name));
        }
        parser.nextToken();
        parser.skipChildren();
        in.leave();
      }
    }
    if (!formatSeen) {
      in.reportAt(Kind.UNSUPPORTED_FORMAT, "$.format", start, null, Detail.formatMissing(FORMAT));
    }
    if (!kindSeen) {
      in.reportAt(Kind.MISSING_FIELD, "$.kind", start, null, Detail.kindMissing());
    }
    if (body == null) {
      return null;
    }
    if (expected != null && body.kind != expected) {
      in.reportAt(Kind.INVALID_VALUE, "$.kind", kindAt, body.kind.jsonName(),
          Detail.kindExpected(expected.jsonName(), body.kind.jsonName()));
    }
    return body.finish(in, start);
  }

  private static void readFormat(Reading in) throws IOException {
    if (in.parser.currentToken() != JsonToken.VALUE_STRING) {
      in.wrongType(Detail.wantFormat(FORMAT));
    } else if (!in.parser.getText().equals(FORMAT)) {
      in.report(Kind.UNSUPPORTED_FORMAT, in.parser.getText(), Detail.formatUnsupported(FORMAT));
    }
  }

  private static HankeDocument.Kind readKind(Reading in) throws IOException {
    if (in.parser.currentToken() != JsonToken.VALUE_STRING) {
      in.wrongType(Detail.want(Detail.Key.WANT_KIND));
      return null;
    }
    String text = in.parser.getText();
    for (HankeDocument.Kind kind : HankeDocument.Kind.values()) {
      if (kind.jsonName().equals(text)) {
        return kind;
      }
    }
    in.report(Kind.INVALID_VALUE, text, Detail.kindInvalid());
    return null;
  }

  /** The fields of a document of one kind, read by the kind's table into its builder. */
  private static final class Body<T, B> {
    final HankeDocument.Kind kind;
    private final ObjectCodec<T, B> codec;
    private final ObjectCodec.State<B> state;
    private final Function<T, HankeDocument> wrap;

    private Body(HankeDocument.Kind kind, ObjectCodec<T, B> codec, Function<T, HankeDocument> wrap) {
      this.kind = kind;
      this.codec = codec;
      this.state = codec.start();
      this.wrap = wrap;
    }

    static Body<?, ?> of(HankeDocument.Kind kind) {
      return kind == HankeDocument.Kind.PROJECT
          ? new Body<>(kind, Model.PROJECT, HankeDocument::of)
          : new Body<>(kind, Model.GROUP_PROJECT, HankeDocument::of);
    }

    /** Moves to the next token: see {@link ObjectCodec#nextField}. */
    boolean nextField(JsonParser parser) throws IOException {
      return codec.nextField(parser, state);
    }

    /** @return whether Jackson matched the current name with the one predicted: see {@link ObjectCodec#nextField} */
    boolean matched() {
      return state.matched >= 0;
    }

    void readField(Reading in) throws IOException {
      codec.readField(in, state);
    }

    HankeDocument finish(Reading in, JsonLocation start) {
      T value = codec.finish(in, state, start);
      return value == null ? null : wrap.apply(value);
    }
  }

  /** Writes a document: format, kind, then the fields of its table in order. */
  static void write(JsonGenerator out, HankeDocument document) throws IOException {
    out.writeStartObject();
    out.writeStringField("format", FORMAT);
    out.writeStringField("kind", document.kind().jsonName());
    if (document.project().isPresent()) {
      Model.PROJECT.writeFields(out, document.project().get());
    } else {
      Model.GROUP_PROJECT.writeFields(out, document.groupProject().orElseThrow());
    }
    out.writeEndObject();
  }

  /** @return the JSON Schema of hanke/1 as maps and lists, ready for {@link SchemaBuilder#write} */
  static Map<String, Object> schema() {
    SchemaBuilder schema = new SchemaBuilder();
    Map<String, Object> root = object(
        "$schema", "https://json-schema.org/draft/2020-12/schema",
        "$id", SCHEMA_ID,
        "title", "Hanke " + FORMAT + ": hanke tai ryhmähanke (a project or a group project)",
        "description", "One hanke/1 document: a project (hanke, sv. projekt) or a group project (ryhmähanke, sv."
            + " gruppprojekt) of the EU structural-fund programme Uudistuva ja osaava Suomi 2021-2027, as the Hanke"
            + " library writes and reads it. Field names are the names of the Java accessors. Empty optional"
            + " fields and empty lists are left out. Amounts, percentages and points are exact decimal strings,"
            + " dates ISO-8601, enumerations their constant names, regions and municipalities their statistical"
            + " codes. JSON Lines hold one document per line.",
        "oneOf", List.of(document(schema, HankeDocument.Kind.PROJECT, Model.PROJECT),
            document(schema, HankeDocument.Kind.GROUP_PROJECT, Model.GROUP_PROJECT)));
    for (ObjectCodec<?, ?> codec : Model.ALL) {
      codec.schema(schema);
    }
    root.put("$defs", new LinkedHashMap<>(schema.definitions()));
    return root;
  }

  private static Map<String, Object> document(SchemaBuilder schema, HankeDocument.Kind kind,
      ObjectCodec<?, ?> codec) {
    return schema.ref(codec.name() + "Document", () -> {
      Map<String, Object> header = object(
          "format", object("const", FORMAT, "description", "Muoto (sv. format): the format and its version."),
          "kind", object("const", kind.jsonName(), "description",
              "Asiakirjan laji (sv. dokumentets art): what the document holds, \"project\" or \"groupProject\"."));
      List<String> required = new ArrayList<>(List.of("format", "kind"));
      return codec.definition(schema, (kind == HankeDocument.Kind.PROJECT ? "Hanke (sv. projekt)"
          : "Ryhmähanke (sv. gruppprojekt)") + " as a document of kind " + kind.jsonName() + ": the format, the kind"
          + " and the fields of a " + codec.name() + ".", header, required);
    });
  }
}

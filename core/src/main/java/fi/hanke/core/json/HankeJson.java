package fi.hanke.core.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The JSON format of Hanke, {@code hanke/1} (<i>Hanke-JSON-muoto</i>, sv. <i>Hanke-JSON-format</i>): reads and
 * writes projects and group projects as JSON documents, one document per string or stream, or one per line in
 * JSON Lines, and gives the format's JSON Schema.
 *
 * <p>A document is an object {@code {"format": "hanke/1", "kind": "project", …}} (or {@code "groupProject"}) whose
 * other fields are those of {@link Project} (or {@link GroupProject}), named as the Java accessors. Empty
 * optionals and empty lists are left out; amounts are strings with two decimals ({@code "273907.00"}), never
 * numbers; percentages and points are exact decimal strings ({@code "40"}, {@code "20.5"}); dates are ISO-8601
 * ({@code "2025-09-01"}); a work package's period of months is an ISO-8601 interval of months
 * ({@code "2025-09/2027-08"}); enumerations are their constant names ({@code "FLAT_RATE_40"}); business ids are
 * {@code "NNNNNNN-C"}; regions and municipalities are Statistics Finland's codes ({@code "12"}, {@code "090"})
 * resolved in the bundled catalogue ({@link fi.hanke.core.region.Regions#finland()}). {@link #schema()} gives
 * the whole format as a JSON Schema (draft 2020-12).
 *
 * <p>Reading is strict. An unknown field, a value of the wrong type, an amount finer than a cent, a malformed
 * business id, a missing required field, a value the model refuses: each is a {@link JsonProblem} naming the
 * path, line, column and offending text, and one pass collects all of them before the reader throws one
 * {@link HankeJsonException} (a syntax error or an exceeded {@link JsonLimits limit} ends the pass). Nothing
 * else is thrown for bad content; a failure of the caller's {@code Reader} or stream is an
 * {@link UncheckedIOException}. Readers never close the caller's {@code Reader} or stream.
 *
 * <p>Writing is byte-stable: fields in a fixed order, two-space indentation, {@code \n} line ends and a final
 * newline; {@link #writeLine(HankeDocument)} writes the compact one-line form of JSON Lines. The output is
 * UTF-8. Writing fails with an {@link IllegalArgumentException} only for what hanke/1 cannot express: a region
 * or municipality that is not the catalogue's entry for its code, a date outside the years 0000–9999, a string
 * holding a lone surrogate, an amount of more than 15 digits with its cents, and what this instance's reader
 * would refuse under its {@link JsonLimits} (a string, list or number longer than its limit): whatever is written
 * reads back equal.
 *
 * <p>A document given as a {@code String}, and each line of JSON Lines, is read first by a fast pass that gives up
 * at the first problem; a document with problems is then read again by the exact pass, which collects them all.
 * A valid document is thus read once, and a broken one at most about twice; the problems are the same either way.
 * A {@code Reader} or a stream, which cannot be read again, is read by the exact pass alone.
 *
 * <p>Instances are immutable and thread-safe; {@link #standard()} has the default limits.
 *
 * <pre>{@code
 * HankeJson json = HankeJson.standard();
 * Project project = Project.builder().name("Kokeiluhanke").start(LocalDate.of(2025, 1, 1)).build();
 * String text = json.write(project);
 * Project again = json.readProject(text);              // equal to project
 * try {
 *   json.read("{\"format\": \"hanke/1\", \"kind\": \"project\", \"nmae\": \"x\"}");
 * } catch (HankeJsonException e) {
 *   JsonProblem problem = e.problems().get(0);       // UNKNOWN_FIELD at $.nmae, line 1, column 42
 * }
 * }</pre>
 */
public final class HankeJson {
  private static final HankeJson STANDARD = new HankeJson(JsonLimits.defaults());

  /** Two-space indentation, {@code \n} line ends, {@code "name": value}. */
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
      .withObjectEmptySeparator("")
      .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final JsonLimits limits;
  private final JsonFactory factory;
  /**
   * The same without duplicate detection, for the optimistic first pass over a document that can be read again
   * (see {@link Reading}): a parser of {@link #factory} keeps a set of names per object to refuse a duplicate;
   * the codecs know their fields and notice a repeated one themselves.
   */
  private final JsonFactory optimistic;

  private HankeJson(JsonLimits limits) {
    this.limits = limits;
    this.factory = factory(limits, true);
    this.optimistic = factory(limits, false);
  }

  /**
   * @param limits the limits for reading
   * @param strict whether the parsers refuse a duplicate name (the exact pass's) or not (the optimistic passes')
   * @return the factory of Jackson's parsers and generators
   */
  static JsonFactory factory(JsonLimits limits, boolean strict) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentLength())
            .maxNestingDepth(limits.maxDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .build())
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, strict)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8) // 😀 as UTF-8, not as escapes, in bytes too
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .build();
  }

  /** @return the reader and writer with the default {@link JsonLimits} */
  public static HankeJson standard() {
    return STANDARD;
  }

  /**
   * @param limits the limits for reading
   * @return a reader and writer with those limits
   * @throws NullPointerException if {@code limits} is null
   */
  public HankeJson withLimits(JsonLimits limits) {
    return new HankeJson(Objects.requireNonNull(limits, "limits"));
  }

  /** @return the limits for reading */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Reads one document, a project or a group project.
   *
   * @param json the document
   * @return the document
   * @throws HankeJsonException with every problem found, if the document is not valid hanke/1
   */
  public HankeDocument read(String json) {
    return read(json, null);
  }

  /**
   * Reads one document from a reader, which is read to its end and not closed.
   *
   * @param json the document
   * @return the document
   * @throws HankeJsonException with every problem found, if the document is not valid hanke/1
   * @throws UncheckedIOException if the reader fails
   */
  public HankeDocument read(Reader json) {
    Objects.requireNonNull(json, "json");
    return read(() -> factory.createParser(json), null);
  }

  /**
   * Reads one document from a stream of UTF-8 (a byte-order mark is skipped), which is not closed.
   *
   * @param json the document
   * @return the document
   * @throws HankeJsonException with every problem found, if the document is not valid hanke/1
   * @throws UncheckedIOException if the stream fails
   */
  public HankeDocument read(InputStream json) {
    Objects.requireNonNull(json, "json");
    return read(() -> factory.createParser(utf8(json)), null);
  }

  /**
   * Reads a document that must be a project.
   *
   * @param json the document
   * @return the project
   * @throws HankeJsonException with every problem found; a group project is a problem at {@code $.kind}
   */
  public Project readProject(String json) {
    return read(json, HankeDocument.Kind.PROJECT).project().orElseThrow();
  }

  /**
   * @param json the document, read to its end and not closed
   * @return the project
   * @throws HankeJsonException with every problem found; a group project is a problem at {@code $.kind}
   * @throws UncheckedIOException if the reader fails
   */
  public Project readProject(Reader json) {
    Objects.requireNonNull(json, "json");
    return read(() -> factory.createParser(json), HankeDocument.Kind.PROJECT).project().orElseThrow();
  }

  /**
   * @param json the document in UTF-8, not closed
   * @return the project
   * @throws HankeJsonException with every problem found; a group project is a problem at {@code $.kind}
   * @throws UncheckedIOException if the stream fails
   */
  public Project readProject(InputStream json) {
    Objects.requireNonNull(json, "json");
    return read(() -> factory.createParser(utf8(json)), HankeDocument.Kind.PROJECT).project().orElseThrow();
  }

  /**
   * Reads a document that must be a group project.
   *
   * @param json the document
   * @return the group project
   * @throws HankeJsonException with every problem found; a project is a problem at {@code $.kind}
   */
  public GroupProject readGroupProject(String json) {
    return read(json, HankeDocument.Kind.GROUP_PROJECT).groupProject().orElseThrow();
  }

  /**
   * @param json the document, read to its end and not closed
   * @return the group project
   * @throws HankeJsonException with every problem found; a project is a problem at {@code $.kind}
   * @throws UncheckedIOException if the reader fails
   */
  public GroupProject readGroupProject(Reader json) {
    Objects.requireNonNull(json, "json");
    return read(() -> factory.createParser(json), HankeDocument.Kind.GROUP_PROJECT).groupProject().orElseThrow();
  }

  /**
   * @param json the document in UTF-8, not closed
   * @return the group project
   * @throws HankeJsonException with every problem found; a project is a problem at {@code $.kind}
   * @throws UncheckedIOException if the stream fails
   */
  public GroupProject readGroupProject(InputStream json) {
    Objects.requireNonNull(json, "json");
    return read(() -> factory.createParser(utf8(json)), HankeDocument.Kind.GROUP_PROJECT).groupProject().orElseThrow();
  }

  private HankeDocument read(String json, HankeDocument.Kind expected) {
    Objects.requireNonNull(json, "json");
    if (json.length() > limits.maxDocumentLength()) { // refused before Jackson copies it
      throw new HankeJsonException(List.of(new JsonProblem(JsonProblem.Kind.LIMIT_EXCEEDED, "$", 1, 1, null,
          Detail.limitDocumentCharacters(json.length(), limits.maxDocumentLength()))));
    }
    HankeDocument document = readOptimistically(() -> new StringParser(json, limits, optimistic._getBufferRecycler()),
        () -> optimistic.createParser(json), expected);
    return document != null ? document : read(() -> factory.createParser(json), expected);
  }

  /**
   * The optimistic first passes (see {@link Reading}): the fields in writing order ({@link OrderedReader}), then,
   * where that pass leaves the document to the tables without having met a problem, with the tables.
   *
   * @param ordered the parser of the ordered pass: for a {@code String}, a {@link StringParser}
   * @param tables the parser of the tables' optimistic pass: Jackson's
   * @return the document, or null if it is to be read again exactly
   */
  private HankeDocument readOptimistically(Source ordered, Source tables, HankeDocument.Kind expected) {
    try (JsonParser parser = ordered.open()) {
      HankeDocument document = OrderedReader.read(new Reading(parser, limits, true), expected);
      if (document != null) {
        return document;
      }
    } catch (Reading.Retry | IOException e) { // a problem, which the tables' optimistic pass would meet too
      return null;
    }
    try (JsonParser parser = tables.open()) {
      return Documents.read(new Reading(parser, limits, true), expected);
    } catch (Reading.Retry | IOException e) { // the exact pass reports or throws what is wrong
      return null;
    }
  }

  /** Opens a parser on the caller's input. */
  private interface Source {
    JsonParser open() throws IOException;
  }

  /**
   * The caller's stream, its first four bytes checked: a NUL, 0xFE or 0xFF there (but for UTF-8's byte-order mark)
   * would make Jackson read UTF-16 or UTF-32, or fail outside its parser; such bytes are not UTF-8 JSON.
   *
   * @throws HankeJsonException if the first bytes are not UTF-8 JSON
   */
  private static InputStream utf8(InputStream json) throws IOException {
    PushbackInputStream in = new PushbackInputStream(json, 4);
    byte[] head = new byte[4];
    int n = 0;
    for (int r; n < 4 && (r = in.read(head, n, 4 - n)) > 0; ) {
      n += r;
    }
    boolean bom = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    for (int i = 0; i < n && !bom; i++) {
      JsonProblem problem = notUtf8(head[i] & 0xFF, 1, i + 1);
      if (problem != null) {
        throw new HankeJsonException(List.of(problem));
      }
    }
    in.unread(head, 0, n);
    return in;
  }

  private HankeDocument read(Source source, HankeDocument.Kind expected) {
    try (JsonParser parser = source.open()) {
      Reading in = new Reading(parser, limits);
      HankeDocument document = Documents.read(in, expected);
      if (document == null) {
        throw new HankeJsonException(in.problems());
      }
      return document;
    } catch (CharConversionException | JsonProcessingException e) { // from opening: bytes Jackson cannot decode
      throw new HankeJsonException(List.of(openingProblem(e, 1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problem of input that a parser could not even be opened on. */
  private static JsonProblem openingProblem(IOException e, int line) {
    return new JsonProblem(JsonProblem.Kind.SYNTAX, "$", line, 1, null, Detail.syntaxOpening());
  }

  /**
   * Reads JSON Lines, one document per line, one line at a time (never the whole input): see {@link JsonLines}.
   *
   * @param lines the input; closed when the {@code JsonLines} is closed
   * @return the lines, to iterate and then close
   */
  public JsonLines lines(Reader lines) {
    return new JsonLines(LineSource.of(Objects.requireNonNull(lines, "lines"), limits.maxDocumentLength()), this);
  }

  /**
   * Reads JSON Lines in UTF-8, one document per line, one line at a time (never the whole input): see
   * {@link JsonLines}.
   *
   * @param lines the input; closed when the {@code JsonLines} is closed
   * @return the lines, to iterate and then close
   */
  public JsonLines lines(InputStream lines) {
    return new JsonLines(LineSource.of(Objects.requireNonNull(lines, "lines"), limits.maxDocumentLength()), this);
  }

  /**
   * Reads the document of one line of JSON Lines; the problems' lines are the physical line.
   *
   * @return the line read, or null for a blank line
   */
  JsonLine readLine(LineSource source) {
    int line = (int) Math.min(source.lineNumber(), Integer.MAX_VALUE);
    if (source.tooLong()) {
      return new JsonLine(source.lineNumber(), null, List.of(new JsonProblem(JsonProblem.Kind.LIMIT_EXCEEDED, "$",
          line, 1, null, Detail.limitLine(source.bytes(), source.length(), limits.maxDocumentLength()))));
    }
    int first = 0;
    while (first < source.kept() && isSpace(source.unit(first))) {
      first++;
    }
    if (first == source.kept()) {
      return null;
    }
    JsonProblem refused = refuseStart(source, first, line);
    if (refused != null) {
      return new JsonLine(source.lineNumber(), null, List.of(refused));
    }
    Detail end = LineEnd.endOfInput(source, first); // a line cut short, refused without Jackson's exception
    if (end == null) {
      Source parser = () -> source.parser(optimistic);
      HankeDocument read = readOptimistically(parser, parser, null);
      if (read != null) {
        return new JsonLine(source.lineNumber(), read, List.of());
      }
    }
    try (JsonParser parser = end == null ? source.parser(factory) : source.endingParser(factory)) {
      Reading in = new Reading(parser, limits);
      HankeDocument document;
      try {
        document = Documents.read(in, null);
      } catch (LineEnd.Ended e) {
        in.reportAt(JsonProblem.Kind.SYNTAX, in.path(), 1, source.kept() + 1, null, end);
        document = null;
      }
      if (in.empty) {
        return null;
      }
      if (document != null) {
        return new JsonLine(source.lineNumber(), document, List.of());
      }
      List<JsonProblem> problems = in.problems();
      List<JsonProblem> onLine = new ArrayList<>(problems.size());
      for (JsonProblem p : problems) {
        onLine.add(p.onLine(line));
      }
      return new JsonLine(source.lineNumber(), null, onLine);
    } catch (CharConversionException | JsonProcessingException e) {
      return new JsonLine(source.lineNumber(), null, List.of(openingProblem(e, line)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JSON's white space within a line. */
  private static boolean isSpace(int unit) {
    return unit == ' ' || unit == '\t' || unit == '\r';
  }

  /**
   * Refuses, without a parser, a line whose first unit starts no JSON value, and bytes whose first four hold a
   * unit that UTF-8 JSON never has there (NUL, 0xFE, 0xFF): Jackson would take those for UTF-16 or UTF-32.
   * Text that is not JSON is thus refused as cheaply as it is read, and never by a parser's exception.
   *
   * @return the problem, or null if the parser is to read the line
   */
  private static JsonProblem refuseStart(LineSource source, int first, int line) {
    boolean bytes = source.bytes();
    for (int i = 0; bytes && i < Math.min(4, source.kept()); i++) {
      if (i == 0 && source.kept() >= 3 && source.unit(0) == 0xEF && source.unit(1) == 0xBB && source.unit(2) == 0xBF) {
        break; // UTF-8's byte-order mark, which Jackson skips
      }
      JsonProblem problem = notUtf8(source.unit(i), line, i + 1);
      if (problem != null) {
        return problem;
      }
    }
    int unit = source.unit(first);
    if ("{[\"-0123456789tfn".indexOf(unit) >= 0 || bytes && unit == 0xEF) {
      return null;
    }
    return new JsonProblem(JsonProblem.Kind.SYNTAX, "$", line, first + 1, null,
        bytes && !(unit >= 0x20 && unit < 0x7F) ? Detail.syntaxStartByte(unit) : Detail.syntaxStartCharacter(unit));
  }

  /** @return the problem of a byte that starts no UTF-8 JSON at that column, or null */
  static JsonProblem notUtf8(int unit, int line, int column) {
    if (unit != 0 && unit != 0xFE && unit != 0xFF) {
      return null;
    }
    return new JsonProblem(JsonProblem.Kind.SYNTAX, "$", line, column, null, Detail.syntaxNotUtf8(unit));
  }

  /**
   * @param project a project
   * @return its document, pretty-printed, ending in a newline
   * @throws IllegalArgumentException if the project holds what hanke/1 cannot express (see the class comment)
   */
  public String write(Project project) {
    return write(HankeDocument.of(project));
  }

  /**
   * @param groupProject a group project
   * @return its document, pretty-printed, ending in a newline
   * @throws IllegalArgumentException if the group project holds what hanke/1 cannot express
   */
  public String write(GroupProject groupProject) {
    return write(HankeDocument.of(groupProject));
  }

  /**
   * @param document a document
   * @return the document, pretty-printed with two-space indentation and {@code \n}, ending in a newline
   * @throws IllegalArgumentException if the document holds what hanke/1 cannot express
   */
  public String write(HankeDocument document) {
    StringWriter out = new StringWriter();
    write(document, out);
    return out.toString();
  }

  /**
   * @param project a project
   * @param out where to write its pretty-printed document; flushed, not closed
   * @throws IllegalArgumentException if the project holds what hanke/1 cannot express; {@code out} may then
   *     hold part of the document
   * @throws UncheckedIOException if {@code out} fails
   */
  public void write(Project project, Writer out) {
    write(HankeDocument.of(project), out);
  }

  /**
   * @param groupProject a group project
   * @param out where to write its pretty-printed document; flushed, not closed
   * @throws IllegalArgumentException if the group project holds what hanke/1 cannot express
   * @throws UncheckedIOException if {@code out} fails
   */
  public void write(GroupProject groupProject, Writer out) {
    write(HankeDocument.of(groupProject), out);
  }

  /**
   * @param document a document
   * @param out where to write it pretty-printed, ending in a newline; flushed, not closed
   * @throws IllegalArgumentException if the document holds what hanke/1 cannot express
   * @throws UncheckedIOException if {@code out} fails
   */
  public void write(HankeDocument document, Writer out) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    try {
      writeTo(factory.createGenerator(out), document, true);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param project a project
   * @param out where to write its pretty-printed document in UTF-8; flushed, not closed
   * @throws IllegalArgumentException if the project holds what hanke/1 cannot express
   * @throws UncheckedIOException if {@code out} fails
   */
  public void write(Project project, OutputStream out) {
    write(HankeDocument.of(project), out);
  }

  /**
   * @param groupProject a group project
   * @param out where to write its pretty-printed document in UTF-8; flushed, not closed
   * @throws IllegalArgumentException if the group project holds what hanke/1 cannot express
   * @throws UncheckedIOException if {@code out} fails
   */
  public void write(GroupProject groupProject, OutputStream out) {
    write(HankeDocument.of(groupProject), out);
  }

  /**
   * @param document a document
   * @param out where to write it pretty-printed in UTF-8, ending in a newline; flushed, not closed
   * @throws IllegalArgumentException if the document holds what hanke/1 cannot express
   * @throws UncheckedIOException if {@code out} fails
   */
  public void write(HankeDocument document, OutputStream out) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    try {
      writeTo(factory.createGenerator(out, JsonEncoding.UTF8), document, true);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param document a document
   * @return the document on one line, compact, ending in {@code \n}: a line of JSON Lines
   * @throws IllegalArgumentException if the document holds what hanke/1 cannot express
   */
  public String writeLine(HankeDocument document) {
    StringWriter out = new StringWriter();
    writeLine(document, out);
    return out.toString();
  }

  /**
   * @param document a document
   * @param out where to write it on one line, compact, ending in {@code \n}; flushed, not closed
   * @throws IllegalArgumentException if the document holds what hanke/1 cannot express
   * @throws UncheckedIOException if {@code out} fails
   */
  public void writeLine(HankeDocument document, Writer out) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    try {
      writeTo(factory.createGenerator(out), document, false);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeTo(JsonGenerator generator, HankeDocument document, boolean pretty) throws IOException {
    try (JsonGenerator out = new Writing(generator, limits)) {
      if (pretty) {
        out.setPrettyPrinter(PRETTY.createInstance());
      }
      Documents.write(out, document);
    }
  }

  /**
   * The JSON Schema (draft 2020-12) of hanke/1, with {@code $id} {@code https://hanke.fi/schema/hanke-1.schema.json},
   * generated from the same tables that read and write: a definition per model type with its fields, the
   * required ones, {@code additionalProperties: false}, the patterns of amounts, dates and business ids, the
   * names of enumerations and the codes of the catalogue, and descriptions with the Finnish terms. The same text
   * is in the jar as {@code fi/hanke/core/json/hanke-1.schema.json}.
   *
   * @return the schema, pretty-printed like documents, ending in a newline
   */
  public static String schema() {
    return SchemaText.TEXT;
  }

  /** Generates the schema once, on first use. */
  private static final class SchemaText {
    static final String TEXT = generate();

    private static String generate() {
      StringWriter out = new StringWriter();
      try (JsonGenerator generator = STANDARD.factory.createGenerator(out)) {
        generator.setPrettyPrinter(PRETTY.createInstance());
        SchemaBuilder.write(generator, Documents.schema());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out + "\n";
    }
  }
}

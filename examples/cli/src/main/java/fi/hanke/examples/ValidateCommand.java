package fi.hanke.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.json.HankeJson;
import fi.hanke.core.json.HankeJsonException;
import fi.hanke.core.json.JsonLine;
import fi.hanke.core.json.JsonLines;
import fi.hanke.core.json.JsonProblem;
import fi.hanke.core.programme.Programmes;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code validate} command (<i>tarkasta</i>, sv. <i>granska</i>): reads a project, a group project or JSON
 * Lines of them in the {@code hanke/1} format and prints the validation report of each.
 *
 * <pre>
 * validate FILE|- [--lang fi|sv|en] [--format text|json] [--jsonl] [--svg DIR]
 * </pre>
 *
 * <p>Exit status: 0 when no report has an ERROR, 1 when any has, 2 when the input (or a line of it) could not
 * be read or the arguments are wrong; then the reader's problems are printed (on standard error as text, on
 * standard output as JSON with {@code --format json}).
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class)
public final class ValidateCommand implements Callable<Integer> {
  /** Every report was read and none has an ERROR. */
  public static final int OK = 0;
  /** Some report has an ERROR. */
  public static final int FINDINGS = 1;
  /** The arguments were wrong or some input could not be read. */
  public static final int UNREADABLE = 2;

  /** The report's format. */
  enum Format {
    text, json
  }

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  @Mixin
  Language lang;

  @Parameters(index = "0", paramLabel = "FILE|-", descriptionKey = "validate.file")
  String file;

  @Option(names = "--format", paramLabel = "text|json", descriptionKey = "validate.format")
  Format format = Format.text;

  @Option(names = "--jsonl", descriptionKey = "validate.jsonl")
  boolean jsonLines;

  @Option(names = "--svg", paramLabel = "DIR", descriptionKey = "validate.svg")
  String svg;

  private final HankeJson json = HankeJson.standard();
  private final Validator.Builder validator = Validator.builder().profile(Programmes.finland2021to2027());
  private final InputStream stdin;
  private final PrintStream out;
  private final PrintStream err;

  ValidateCommand(InputStream stdin, PrintStream out, PrintStream err) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs {@code validate} with these arguments, as {@code hanke validate ARGS} would.
   *
   * @param args the arguments after {@code validate}
   * @param stdin what {@code -} reads
   * @param out where reports go
   * @param err where usage errors and (as text) reading problems go
   * @return the exit status: {@link #OK}, {@link #FINDINGS} or {@link #UNREADABLE}
   */
  public static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) {
    List<String> all = new ArrayList<>();
    all.add("validate");
    all.addAll(args);
    return Main.execute(all.toArray(new String[0]), stdin, out, err);
  }

  @Override
  public Integer call() {
    Locale locale = lang.locale();
    Options options = new Options(file, locale, format == Format.json, jsonLines);
    Validator v = validator.language(locale).build();
    // one decoding path for a file and standard input: the reader's own, strict UTF-8 that reports the line of a
    // bad byte and skips a byte-order mark at the start
    try (InputStream in = file.equals("-") ? stdin : Files.newInputStream(Paths.get(file))) {
      return jsonLines ? lines(in, v, options, out, err) : single(in, v, options, out, err);
    } catch (NoSuchFileException e) {
      err.println("validate: " + Language.text(locale, "error.noFile", file));
      return UNREADABLE;
    } catch (IOException | UncheckedIOException e) {
      err.println("validate: " + Language.text(locale, "error.cannotRead", file, e.getMessage()));
      return UNREADABLE;
    }
  }

  private int single(InputStream in, Validator v, Options options, PrintStream out, PrintStream err) {
    HankeDocument document;
    try {
      document = json.read(in);
    } catch (HankeJsonException e) {
      if (options.json) {
        out.println(problemsJson(-1, e.problems(), options.locale));
      } else {
        err.println(Language.text(options.locale, "validate.unreadable") + ":");
        e.problems().forEach(p -> err.println("  " + p.message(options.locale)));
      }
      return UNREADABLE;
    }
    ValidationReport report = validate(v, document);
    out.print(options.json ? report.toJson(options.locale) : report.toText(options.locale));
    if (svg != null && !SvgFiles.write(Map.of(1, document), svg, options.locale, options.json ? err : out, err)) {
      return UNREADABLE;
    }
    return report.isApprovable() ? OK : FINDINGS;
  }

  private int lines(InputStream in, Validator v, Options options, PrintStream out, PrintStream err) {
    long read = 0;
    long unreadable = 0;
    long withErrors = 0;
    try (JsonLines lines = json.lines(in)) {
      while (lines.hasNext()) {
        JsonLine line = lines.next();
        if (!line.isRead()) {
          unreadable++;
          if (options.json) {
            out.println(problemsJson(line.lineNumber(), line.problems(), options.locale));
          } else {
            err.println(Language.text(options.locale, "validate.line", line.lineNumber()) + ": "
                + Language.text(options.locale, "validate.unreadable") + ":");
            line.problems().forEach(p -> err.println("  " + p.message(options.locale)));
          }
          continue;
        }
        read++;
        HankeDocument document = line.document().orElseThrow();
        ValidationReport report = validate(v, document);
        if (!report.isApprovable()) {
          withErrors++;
        }
        if (svg != null && !SvgFiles.write(Map.of((int) line.lineNumber(), document), svg + "/" + line.lineNumber(),
            options.locale, options.json ? err : out, err)) {
          return UNREADABLE;
        }
        if (options.json) {
          out.println("{\"line\":" + line.lineNumber() + ",\"name\":" + quoted(document.name())
              + ",\"report\":" + report.toJsonLine(options.locale) + "}");
        } else {
          out.println(Language.text(options.locale, "validate.line", line.lineNumber()) + ": " + document.name());
          out.print(report.toText(options.locale));
          out.println();
        }
      }
    }
    if (!options.json) {
      out.println(Language.text(options.locale, "validate.summary", read, unreadable, withErrors));
    }
    return unreadable > 0 ? UNREADABLE : withErrors > 0 ? FINDINGS : OK;
  }

  private static ValidationReport validate(Validator v, HankeDocument document) {
    return document.map(v::validate, v::validate);
  }

  private static String quoted(String text) {
    return write(g -> g.writeString(text));
  }

  /**
   * The reader's problems as JSON on one line: {@code {"format":"hanke-report/1","readable":false,"problems":[…]}},
   * with the line number first for a line of JSON Lines.
   */
  static String problemsJson(long lineNumber, List<JsonProblem> problems, Locale locale) {
    return write(g -> {
      g.writeStartObject();
      if (lineNumber > 0) {
        g.writeNumberField("line", lineNumber);
      }
      g.writeStringField("format", "hanke-report/1");
      g.writeBooleanField("readable", false);
      g.writeFieldName("problems");
      writeProblems(g, problems, locale);
      g.writeEndObject();
    });
  }

  /**
   * The reader's problems as a JSON array, each with its kind, JSON path, line, column, value (when there is one)
   * and message in the language: the validate command's and the service's.
   */
  static void writeProblems(JsonGenerator g, List<JsonProblem> problems, Locale locale) throws IOException {
    g.writeStartArray();
    for (JsonProblem p : problems) {
      g.writeStartObject();
      g.writeStringField("kind", p.kind().name());
      g.writeStringField("path", p.path());
      g.writeNumberField("line", p.line());
      g.writeNumberField("column", p.column());
      if (p.value().isPresent()) {
        g.writeStringField("value", p.value().get());
      }
      g.writeStringField("message", p.message(locale));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** What writes a JSON value. */
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** @return the JSON the body writes, on one line (the commands' and the service's one writer of JSON text) */
  static String write(Body body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** The parsed arguments. */
  static final class Options {
    final String file;
    final Locale locale;
    final boolean json;
    final boolean jsonLines;

    Options(String file, Locale locale, boolean json, boolean jsonLines) {
      this.file = file;
      this.locale = locale;
      this.json = json;
      this.jsonLines = jsonLines;
    }
  }
}

package fi.hanke.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fi.hanke.core.Term;
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
import java.util.List;
import java.util.Locale;

/**
 * The {@code validate} command (<i>tarkasta</i>, sv. <i>granska</i>): reads a project, a group project or JSON
 * Lines of them in the {@code hanke/1} format and prints the validation report of each.
 *
 * <pre>
 * validate FILE|- [--lang fi|sv|en] [--format text|json] [--jsonl]
 * </pre>
 *
 * <p>Exit status: 0 when no report has an ERROR, 1 when any has, 2 when the input (or a line of it) could not
 * be read or the arguments are wrong; then the reader's problems are printed (on standard error as text, on
 * standard output as JSON with {@code --format json}).
 */
public final class ValidateCommand {
  /** Every report was read and none has an ERROR. */
  public static final int OK = 0;
  /** Some report has an ERROR. */
  public static final int FINDINGS = 1;
  /** The arguments were wrong or some input could not be read. */
  public static final int UNREADABLE = 2;

  static final String USAGE = "usage: validate FILE|- [--lang fi|sv|en] [--format text|json] [--jsonl]";
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final Term LINE = Term.of("rivi", "rad", "line");
  private static final Term UNREADABLE_INPUT = Term.of("Syötettä ei voitu lukea", "Indata kunde inte läsas",
      "The input could not be read");
  private static final Term SUMMARY = Term.of("luettu %d, lukematta %d, virheellisiä %d",
      "lästa %d, olästa %d, med fel %d", "read %d, unreadable %d, with errors %d");

  private final HankeJson json;
  private final Validator.Builder validator;

  private ValidateCommand(HankeJson json) {
    this.json = json;
    this.validator = Validator.builder().profile(Programmes.finland2021to2027());
  }

  /** @return the command with the standard reader and the Finland 2021–2027 profile */
  public static ValidateCommand standard() {
    return new ValidateCommand(HankeJson.standard());
  }

  /**
   * Runs the command.
   *
   * @param args the arguments after {@code validate}
   * @param stdin what {@code -} reads
   * @param out where reports go
   * @param err where usage errors and (as text) reading problems go
   * @return the exit status: {@link #OK}, {@link #FINDINGS} or {@link #UNREADABLE}
   */
  public int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return UNREADABLE;
    }
    Validator v = validator.language(options.locale).build();
    // one decoding path for a file and standard input: the reader's own, strict UTF-8 that reports the line of a
    // bad byte and skips a byte-order mark at the start
    try (InputStream in = options.file.equals("-") ? stdin : Files.newInputStream(Paths.get(options.file))) {
      return options.jsonLines ? lines(in, v, options, out, err) : single(in, v, options, out, err);
    } catch (NoSuchFileException e) {
      err.println("validate: no such file: " + options.file);
      return UNREADABLE;
    } catch (IOException | UncheckedIOException e) {
      err.println("validate: cannot read " + options.file + ": " + e.getMessage());
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
        err.println(UNREADABLE_INPUT.in(options.locale) + ":");
        e.problems().forEach(p -> err.println("  " + p.message(options.locale)));
      }
      return UNREADABLE;
    }
    ValidationReport report = validate(v, document);
    out.print(options.json ? report.toJson(options.locale) : report.toText(options.locale));
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
            err.println(LINE.in(options.locale) + " " + line.lineNumber() + ": " + UNREADABLE_INPUT.in(options.locale) + ":");
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
        if (options.json) {
          out.println("{\"line\":" + line.lineNumber() + ",\"name\":" + quoted(document.name())
              + ",\"report\":" + report.toJsonLine(options.locale) + "}");
        } else {
          out.println(LINE.in(options.locale) + " " + line.lineNumber() + ": " + document.name());
          out.print(report.toText(options.locale));
          out.println();
        }
      }
    }
    if (!options.json) {
      out.println(String.format(SUMMARY.in(options.locale), read, unreadable, withErrors));
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
      g.writeArrayFieldStart("problems");
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
      g.writeEndObject();
    });
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Body body) {
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

    private Options(String file, Locale locale, boolean json, boolean jsonLines) {
      this.file = file;
      this.locale = locale;
      this.json = json;
      this.jsonLines = jsonLines;
    }

    static Options parse(List<String> args) {
      String file = null;
      Locale locale = new Locale("fi");
      boolean json = false;
      boolean jsonLines = false;
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        switch (a) {
          case "--lang":
            locale = Main.language(value(args, ++i, a));
            break;
          case "--format":
            String f = value(args, ++i, a);
            if (!f.equals("text") && !f.equals("json")) {
              throw new IllegalArgumentException("--format must be text or json, not '" + f + "'");
            }
            json = f.equals("json");
            break;
          case "--jsonl":
            jsonLines = true;
            break;
          default:
            if (a.startsWith("--") || file != null) {
              throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
            file = a;
        }
      }
      if (file == null) {
        throw new IllegalArgumentException("FILE is missing (use - for standard input)");
      }
      return new Options(file, locale, json, jsonLines);
    }

    private static String value(List<String> args, int i, String flag) {
      if (i >= args.size()) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      return args.get(i);
    }
  }
}

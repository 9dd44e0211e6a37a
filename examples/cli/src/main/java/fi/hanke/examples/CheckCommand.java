package fi.hanke.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fi.hanke.core.Term;
import fi.hanke.core.imports.Figure;
import fi.hanke.core.imports.ImportResult;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.json.HankeJson;
import fi.hanke.core.programme.Programmes;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The {@code check} command (<i>tarkista asiakirja</i>, sv. <i>kontrollera handling</i>): imports a document
 * (text or PDF) as {@code import} does and validates what it read, printing the importer's notes, the report,
 * and for each finding the lines of the document its figures came from.
 *
 * <pre>
 * check FILE|- [--lang fi|sv|en] [--format text|json] [--svg DIR]
 * </pre>
 *
 * <p>With {@code --svg DIR} it also writes the pictures of each document it read (the funding plan, the cost
 * structure, the work-package timeline: {@link fi.hanke.examples.pictures.ProjectPictures}) into DIR, DIR/1, DIR/2,
 * … for several, and says which it wrote and which it could not draw: after the report as text, on standard error
 * with {@code --format json} (standard output stays one JSON document).
 *
 * <p>Exit status: 0 when no report has an ERROR, 1 when any has, 2 when the input is not a recognisable
 * document of the programme, cannot be read, or the arguments are wrong.
 */
public final class CheckCommand {
  /** Every report was made and none has an ERROR. */
  public static final int OK = 0;
  /** Some report has an ERROR. */
  public static final int FINDINGS = 1;
  /** Not a recognisable document, unreadable input, or wrong arguments. */
  public static final int UNREADABLE = 2;

  static final String USAGE = "usage: check FILE|- [--lang fi|sv|en] [--format text|json] [--svg DIR]";
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final Term SOURCES = Term.of("Lähteet asiakirjassa", "Källor i handlingen", "Sources in the document");
  private static final Term NO_SOURCE = Term.of("(ei lähdettä: tieto puuttuu asiakirjasta tai on johdettu)",
      "(ingen källa: uppgiften saknas i handlingen eller är härledd)",
      "(no source: the fact is absent from the document or derived)");
  private static final Term PROJECT = Term.of("Hanke", "Projekt", "Project");

  private CheckCommand() {}

  /**
   * Runs the command on standard input for "-".
   *
   * @param args the arguments after {@code check}
   * @param out where the report goes
   * @param err where the notes (as text) and usage errors go
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err);
  }

  /**
   * @param args the arguments after {@code check}
   * @param stdin what "-" reads
   * @param out where the report goes
   * @param err where usage errors and unreadable input go
   * @return the exit status
   */
  public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(List.of(args));
    String svg = null;
    int at = rest.indexOf("--svg");
    if (at >= 0) {
      if (at + 1 >= rest.size()) {
        err.println("--svg: DIR is missing");
        err.println(USAGE);
        return UNREADABLE;
      }
      svg = rest.remove(at + 1);
      rest.remove(at);
    }
    ImportCommand.Imported imported = ImportCommand.Imported.of(rest.toArray(new String[0]), stdin, err, "check",
        USAGE);
    if (imported == null) {
      return UNREADABLE;
    }
    ValidateCommand.Options options = imported.options;
    ImportResult result = imported.result;
    Validator validator = Validator.builder().profile(Programmes.finland2021to2027()).language(options.locale).build();
    List<ValidationReport> reports = new ArrayList<>();
    for (HankeDocument d : result.documents()) {
      reports.add(d.map(validator::validate, validator::validate));
    }
    if (options.json) {
      out.println(json(result, reports, options.locale));
    } else {
      out.print(text(result, reports, options.locale));
    }
    if (!result.isRead()) {
      return UNREADABLE;
    }
    if (svg != null && !SvgFiles.write(SvgFiles.numbered(result.documents()), svg, options.locale,
        options.json ? err : out, err)) {
      return UNREADABLE;
    }
    return reports.stream().allMatch(ValidationReport::isApprovable) ? OK : FINDINGS;
  }

  /** The distinct source lines of a finding: its path's figures, or its parent's when its own has none. */
  static List<Integer> sourceLines(ImportResult result, int document, Violation v) {
    // the validator names a member's own project "members[1].fundingPlan", the importer "members[1].project.…"
    String path = v.path().toString().replaceFirst(
        "^(members\\[\\d+\\])\\.(?!organisation|role|key|applicationNumber|roleLabel)", "$1.project.");
    while (!path.isEmpty()) {
      List<Figure> figures = result.figuresUnder(document, path);
      if (!figures.isEmpty()) {
        TreeSet<Integer> lines = new TreeSet<>();
        for (Figure f : figures) {
          for (int l = f.source().line(); l <= f.source().endLine(); l++) {
            lines.add(l);
          }
        }
        return new ArrayList<>(lines).subList(0, Math.min(lines.size(), 6));
      }
      int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      if (cut <= 0) {
        break;
      }
      path = path.substring(0, cut);
      if (path.equals("plan") || path.endsWith(".project") || path.matches("members\\[\\d+\\]")) {
        break;
      }
    }
    return List.of();
  }

  static String text(ImportResult result, List<ValidationReport> reports, Locale locale) {
    StringBuilder out = new StringBuilder();
    out.append(ImportCommand.LAYOUT.in(locale)).append(": ").append(result.layout().displayName(locale))
        .append(result.otherProgramme().map(p -> " (" + p + ")").orElse("")).append('\n');
    if (!result.isRead()) {
      out.append(ImportCommand.NOT_READ.in(locale)).append(".\n");
    }
    result.notes().forEach(n -> out.append("  ").append(n.kind().displayName(locale).toUpperCase(locale)).append(' ')
        .append(n.source().map(s -> ImportCommand.LINE.in(locale) + " " + s.line() + ": ").orElse(""))
        .append(n.message(locale)).append('\n'));
    for (int d = 0; d < reports.size(); d++) {
      ValidationReport report = reports.get(d);
      out.append('\n');
      if (reports.size() > 1) {
        out.append(PROJECT.in(locale)).append(' ').append(d + 1).append(": ").append(result.documents().get(d).name())
            .append('\n');
      }
      out.append(report.toText(locale));
      if (!report.violations().isEmpty()) {
        out.append(SOURCES.in(locale)).append(":\n");
      }
      for (Violation v : report.violations()) {
        out.append(String.format("%-7s %-34s %s%n", v.severity(), v.ruleId(),
            v.path().toString().isEmpty() ? "(hanke)" : v.path()));
        List<Integer> lines = sourceLines(result, d, v);
        if (lines.isEmpty()) {
          out.append("        ").append(NO_SOURCE.in(locale)).append('\n');
        }
        for (int l : lines) {
          out.append(String.format("        %s %d: %s%n", ImportCommand.LINE.in(locale), l,
              result.line(l).orElse("").strip().replace('\t', ' ')));
        }
      }
    }
    return out.toString();
  }

  static String json(ImportResult result, List<ValidationReport> reports, Locale locale) {
    return json(result, reports, locale, null);
  }

  /**
   * The check as JSON ({@code hanke-check/1}): the import notes, and for each document its name, with
   * {@code documents} given its hanke/1 form, its report and each finding's source lines.
   */
  static String json(ImportResult result, List<ValidationReport> reports, Locale locale, HankeJson documents) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      g.writeStartObject();
      g.writeStringField("format", "hanke-check/1");
      g.writeFieldName("import");
      ImportCommand.writeNotes(g, result, locale);
      g.writeArrayFieldStart("documents");
      for (int d = 0; d < reports.size(); d++) {
        g.writeStartObject();
        g.writeStringField("name", result.documents().get(d).name());
        if (documents != null) {
          g.writeFieldName("document");
          g.writeRawValue(documents.writeLine(result.documents().get(d)).strip());
        }
        g.writeFieldName("report");
        g.writeRawValue(reports.get(d).toJsonLine(locale).strip());
        g.writeArrayFieldStart("sources");
        for (Violation v : reports.get(d).violations()) {
          g.writeStartObject();
          g.writeStringField("ruleId", v.ruleId());
          g.writeStringField("path", v.path().toString());
          g.writeArrayFieldStart("lines");
          for (int l : sourceLines(result, d, v)) {
            g.writeStartObject();
            g.writeNumberField("line", l);
            g.writeStringField("text", result.line(l).orElse(""));
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}

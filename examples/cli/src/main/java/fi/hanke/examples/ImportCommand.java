package fi.hanke.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fi.hanke.core.Term;
import fi.hanke.core.imports.ImportNote;
import fi.hanke.core.imports.ImportResult;
import fi.hanke.core.imports.Importer;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.json.HankeJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;

/**
 * The {@code import} command (<i>tuo</i>, sv. <i>importera</i>): reads a document as people hold it — a EURA
 * 2021 printout, an agenda item, council minutes or a list of projects, as text or PDF — and prints it as a
 * {@code hanke/1} document on standard output (JSON Lines, one project a line, for a list), and the importer's
 * notes on standard error.
 *
 * <pre>
 * import FILE|- [--lang fi|sv|en] [--format text|json]
 * </pre>
 *
 * <p>Exit status: 0 when the document was read, 2 when it is not a document of the programme the importer
 * recognises (or of another programme, which it names), cannot be read, or the arguments are wrong.
 */
public final class ImportCommand {
  /** The document was read. */
  public static final int OK = 0;
  /** The input is not a recognisable document of the programme, or the arguments were wrong. */
  public static final int UNREADABLE = 2;

  static final String USAGE = "usage: import FILE|- [--lang fi|sv|en] [--format text|json]";
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  static final Term LINE = Term.of("rivi", "rad", "line");
  static final Term LAYOUT = Term.of("Asiakirja", "Handling", "Document");
  static final Term NOT_READ = Term.of("Asiakirjaa ei luettu malliin", "Handlingen lästes inte in",
      "The document was not read into the model");

  private ImportCommand() {}

  /**
   * Runs the command on standard input for "-".
   *
   * @param args the arguments after {@code import}
   * @param out where the document goes
   * @param err where the notes and usage errors go
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err);
  }

  /**
   * @param args the arguments after {@code import}
   * @param stdin what "-" reads
   * @param out where the document goes
   * @param err where the notes and usage errors go
   * @return the exit status
   */
  public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
    Imported imported = Imported.of(args, stdin, err, "import", USAGE);
    if (imported == null) {
      return UNREADABLE;
    }
    ValidateCommand.Options options = imported.options;
    ImportResult result = imported.result;
    printNotes(result, options.locale, options.json, err);
    if (!result.isRead()) {
      return UNREADABLE;
    }
    HankeJson json = HankeJson.standard();
    if (result.documents().size() == 1) {
      out.print(json.write(result.documents().get(0)));
    } else {
      for (HankeDocument d : result.documents()) {
        out.print(json.writeLine(d));
      }
    }
    return OK;
  }

  /** The arguments parsed and the input imported, for import and check. */
  static final class Imported {
    final ValidateCommand.Options options;
    final ImportResult result;

    private Imported(ValidateCommand.Options options, ImportResult result) {
      this.options = options;
      this.result = result;
    }

    /** @return the options and the result, or null after saying on {@code err} what was wrong */
    static Imported of(String[] args, InputStream stdin, PrintStream err, String command, String usage) {
      ValidateCommand.Options options;
      try {
        options = options(List.of(args));
      } catch (IllegalArgumentException e) {
        err.println(e.getMessage());
        err.println(usage);
        return null;
      }
      try {
        return new Imported(options, read(options.file, stdin, command, err));
      } catch (IOException e) {
        return null;
      }
    }
  }

  /**
   * The arguments as {@link DocumentCommands} passes them after picocli has parsed the command line:
   * {@code FILE|- [--lang fi|sv|en] [--format text|json]}.
   */
  static ValidateCommand.Options options(List<String> args) {
    String file = null;
    Locale locale = Language.DEFAULT;
    boolean json = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if ((a.equals("--lang") || a.equals("--format")) && i + 1 < args.size()) {
        String value = args.get(++i);
        if (a.equals("--lang")) {
          locale = new Locale(value);
        } else if (value.equals("json") || value.equals("text")) {
          json = value.equals("json");
        } else {
          throw new IllegalArgumentException("--format: text or json, not '" + value + "'");
        }
      } else if (file == null && (!a.startsWith("-") || a.equals("-"))) {
        file = a;
      } else {
        throw new IllegalArgumentException("unexpected argument '" + a + "'");
      }
    }
    if (file == null) {
      throw new IllegalArgumentException("FILE|- is missing");
    }
    return new ValidateCommand.Options(file, locale, json, false);
  }

  /** Reads and imports, reporting an unreadable file on {@code err} (then throws). */
  static ImportResult read(String file, InputStream stdin, String command, PrintStream err) throws IOException {
    String text;
    try {
      text = DocumentInput.read(file, stdin);
    } catch (NoSuchFileException e) {
      err.println(command + ": no such file: " + file);
      throw e;
    } catch (IOException e) {
      err.println(command + ": cannot read " + file + ": " + e.getMessage());
      throw e;
    }
    return Importer.standard().read(text);
  }

  /**
   * The notes: as text, the layout and one line a note with the line it points to; as JSON, one object a line
   * ({@code {"format":"hanke-import-notes/1", …}}).
   */
  static void printNotes(ImportResult result, Locale locale, boolean json, PrintStream err) {
    if (json) {
      err.println(notesJson(result, locale));
      return;
    }
    err.println(LAYOUT.in(locale) + ": " + result.layout().displayName(locale)
        + result.otherProgramme().map(p -> " (" + p + ")").orElse(""));
    if (!result.isRead()) {
      err.println(NOT_READ.in(locale) + ".");
    }
    for (ImportNote n : result.notes()) {
      err.println("  " + n.kind().displayName(locale).toUpperCase(locale) + " "
          + n.source().map(s -> LINE.in(locale) + " " + s.line() + ": ").orElse("") + n.message(locale));
    }
  }

  static String notesJson(ImportResult result, Locale locale) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      writeNotes(g, result, locale);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  static void writeNotes(JsonGenerator g, ImportResult result, Locale locale) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", "hanke-import-notes/1");
    g.writeStringField("layout", result.layout().name());
    g.writeStringField("layoutName", result.layout().displayName(locale));
    if (result.otherProgramme().isPresent()) {
      g.writeStringField("otherProgramme", result.otherProgramme().get());
    }
    g.writeBooleanField("read", result.isRead());
    g.writeNumberField("figures", result.figures().size());
    g.writeArrayFieldStart("notes");
    for (ImportNote n : result.notes()) {
      g.writeStartObject();
      g.writeStringField("kind", n.kind().name());
      g.writeNumberField("document", n.document());
      g.writeStringField("field", n.field());
      if (n.path().isPresent()) {
        g.writeStringField("path", n.path().get());
      }
      if (n.source().isPresent()) {
        g.writeNumberField("line", n.source().get().line());
        g.writeNumberField("column", n.source().get().column());
      }
      g.writeStringField("message", n.message(locale));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}

package fi.hanke.examples;

import fi.hanke.core.imports.ImportResult;
import fi.hanke.core.imports.Importer;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.programme.Programmes;
import fi.hanke.examples.seeds.Seed;
import fi.hanke.examples.seeds.Seeds;
import fi.hanke.examples.summary.EuraSummary;
import fi.hanke.validation.Severity;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Hanke's command line, {@code hanke [--lang fi|sv|en] [COMMAND]}: without a command it runs the main job
 * (<i>pääohjelma</i>, the {@code seeds} command, with {@code --from-texts} started from the seed documents'
 * texts, imported): each of the five seed documents as EURA summarises it, and its
 * validation report, then one line of counts per seed. The commands:
 *
 * <ul>
 *   <li>{@code seeds} ({@link SeedsCommand}): the main job;
 *   <li>{@code validate FILE|- [--format text|json] [--jsonl]} ({@link ValidateCommand});
 *   <li>{@code portfolio N [--seed S] [--file F] [--threads T]} ({@link PortfolioCommand});
 *   <li>{@code import FILE|- [--format text|json]} and {@code check FILE|- [--format text|json]}
 *       ({@link DocumentCommands}): read a document as people hold it (text or PDF), and check it;
 *   <li>{@code serve [--port N] [--host H]} ({@link ServeCommand}): the HTTP validation service and its page;
 *   <li>{@code help [COMMAND]}.
 * </ul>
 *
 * <p>Every command takes {@code --lang fi|sv|en} (Finnish by default), {@code --help} and {@code --version}. A
 * usage error (an unknown word, an option without its value, a value of the wrong kind) is named on standard
 * error in the chosen language, with the command to ask for help, and exits with 2.
 */
@Command(name = "hanke", mixinStandardHelpOptions = true, versionProvider = Main.Version.class)
public final class Main implements Callable<Integer> {
  /** The exit status of a usage error. */
  public static final int USAGE = CommandLine.ExitCode.USAGE;

  @Mixin
  Language lang;

  private final PrintStream out;

  private Main(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() {
    out.print(run(lang.locale()));
    return 0;
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args {@code [--lang fi|sv|en] [COMMAND [ARGS]]}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = execute(args, System.in, out, err);
    out.flush();
    err.flush();
    if (status != 0) {
      // only then: mvn exec:java runs the main job inside Maven's JVM, which must end on its own
      System.exit(status);
    }
  }

  /**
   * Runs the command line without exiting.
   *
   * @param args {@code [--lang fi|sv|en] [COMMAND [ARGS]]}
   * @param in what {@code validate -} reads
   * @param out where results, usage help and the version go
   * @param err where usage errors and problems go
   * @return the exit status: the command's, 0 for help and version, {@link #USAGE} for a usage error
   */
  public static int execute(String[] args, InputStream in, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cli = new CommandLine(new Main(out))
        .addSubcommand(new SeedsCommand(out))
        .addSubcommand(new ValidateCommand(in, out, err))
        .addSubcommand(new PortfolioCommand(out, err))
        .addSubcommand(new DocumentCommands.Import(in, out, err))
        .addSubcommand(new DocumentCommands.Check(in, out, err))
        .addSubcommand(new ServeCommand(out, err))
        .addSubcommand(new CommandLine.HelpCommand());
    cli.setOut(outWriter);
    cli.setErr(errWriter);
    cli.setResourceBundle(Language.bundle(Language.DEFAULT));
    cli.setExecutionStrategy(parsed -> {
      cli.setResourceBundle(Language.bundle(Language.of(last(parsed).commandSpec())));
      return new CommandLine.RunLast().execute(parsed);
    });
    cli.setParameterExceptionHandler((e, ignored) -> usageError(e, err));
    try {
      return cli.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  private static ParseResult last(ParseResult parsed) {
    ParseResult p = parsed;
    while (p.subcommand() != null) {
      p = p.subcommand();
    }
    return p;
  }

  /** Names a usage error in the language asked for (as far as the arguments were read) and how to get help. */
  private static int usageError(ParameterException e, PrintStream err) {
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    Locale locale = Language.of(spec);
    err.println(spec.qualifiedName() + ": " + message(e, locale));
    if (e instanceof UnmatchedArgumentException && !((UnmatchedArgumentException) e).getSuggestions().isEmpty()) {
      err.println(Language.text(locale, "error.suggest", String.join(", ", ((UnmatchedArgumentException) e).getSuggestions())));
    }
    err.println(Language.text(locale, "error.help", spec.qualifiedName()));
    return USAGE;
  }

  private static String message(ParameterException e, Locale locale) {
    if (e instanceof UsageError) {
      return e.getMessage();
    }
    if (e instanceof UnmatchedArgumentException) {
      List<String> words = ((UnmatchedArgumentException) e).getUnmatched();
      return Language.text(locale, "error.unknown", "'" + String.join("' '", words) + "'");
    }
    if (e instanceof MissingParameterException) {
      ArgSpec missing = ((MissingParameterException) e).getMissing().get(0);
      return missing.isOption()
          ? Language.text(locale, "error.noValue", ((OptionSpec) missing).longestName())
          : Language.text(locale, "error.missing", missing.paramLabel());
    }
    if (e instanceof OverwrittenOptionException) {
      return Language.text(locale, "error.repeated", label(((OverwrittenOptionException) e).getOverwritten()));
    }
    ArgSpec arg = e.getArgSpec();
    if (arg != null && e.getValue() != null) {
      Iterable<String> choices = arg.completionCandidates();
      if (choices != null) {
        return Language.text(locale, "error.choice", e.getValue(), label(arg), String.join(", ", choices));
      }
      if (arg.type() == long.class || arg.type() == Long.class || arg.type() == int.class) {
        return Language.text(locale, "error.integer", e.getValue(), label(arg));
      }
      return Language.text(locale, "error.value", e.getValue(), label(arg));
    }
    return e.getMessage();
  }

  private static String label(ArgSpec arg) {
    return arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel();
  }

  /** A usage error found after parsing, its message already in the language asked for. */
  static final class UsageError extends ParameterException {
    private static final long serialVersionUID = 1L;

    UsageError(CommandSpec spec, String key, Object... args) {
      super(spec.commandLine(), Language.text(Language.of(spec), key, args));
    }
  }

  /** {@code --version}: the version of the build ({@code version.properties}, filled in by Maven). */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"hanke " + p.getProperty("version"), "Java " + Runtime.version()};
    }
  }

  /**
   * The main job started from the seed documents' texts instead of their hand encoding: each text imported
   * ({@link Importer}), summarised and validated, with the importer's notes; then one line of counts per seed.
   *
   * @param locale the language
   * @return the text
   */
  public static String runFromTexts(Locale locale) {
    Validator validator = Validator.builder().profile(Programmes.finland2021to2027()).language(locale).build();
    EuraSummary summary = EuraSummary.in(locale);
    StringBuilder out = new StringBuilder();
    List<String> totals = new ArrayList<>();
    for (Seed seed : Seeds.all()) {
      ImportResult result = Importer.standard().read(seed.text());
      HankeDocument d = result.documents().get(0);
      out.append(d.<String>map(summary::of, summary::of));
      result.notes().forEach(n -> out.append("  ").append(n.message(locale)).append('\n'));
      ValidationReport report = d.map(validator::validate, validator::validate);
      out.append('\n').append(report.toText(locale)).append('\n').append("-".repeat(100)).append("\n\n");
      totals.add(String.format("%-24s %-30s figures %3d  notes %2d  ERROR %d  WARNING %d  INFO %d", seed.fileName(),
          result.layout().name(), result.figures().size(), result.notes().size(), report.count(Severity.ERROR),
          report.count(Severity.WARNING), report.count(Severity.INFO)));
    }
    totals.forEach(t -> out.append(t).append('\n'));
    return out.toString();
  }

  /**
   * The whole output of the main job, as text.
   *
   * @param locale the language
   * @return the text
   */
  public static String run(Locale locale) {
    Validator validator = Validator.builder().profile(Programmes.finland2021to2027()).language(locale).build();
    EuraSummary summary = EuraSummary.in(locale);
    StringBuilder out = new StringBuilder();
    List<String> totals = new ArrayList<>();
    for (Seed seed : Seeds.all()) {
      ValidationReport report;
      if (seed.group().isPresent()) {
        out.append(summary.of(seed.group().get()));
        report = validator.validate(seed.group().get());
      } else {
        out.append(summary.of(seed.project().orElseThrow()));
        report = validator.validate(seed.project().orElseThrow());
      }
      out.append('\n').append(report.toText(locale)).append('\n').append("-".repeat(100)).append("\n\n");
      totals.add(String.format("%-24s %-48s ERROR %d  WARNING %d  INFO %d", seed.fileName(),
          seed.name().orElse("-"), report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO)));
    }
    totals.forEach(t -> out.append(t).append('\n'));
    return out.toString();
  }
}

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
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The main job (<i>pääohjelma</i>): prints each of the five seed documents as EURA summarises it, and its
 * validation report, then one line of counts per seed. Takes {@code --lang fi|sv|en} (default: the JVM's
 * language if it is one of them, else English); with {@code --from-texts} it starts from the seed documents'
 * texts, imported, instead of their hand encoding.
 *
 * <p>With a command as first argument it runs that command instead and exits with its status:
 * {@code validate FILE|- [--lang fi|sv|en] [--format text|json] [--jsonl]} ({@link ValidateCommand}) or
 * {@code portfolio N [--seed S] [--file F]} ({@link PortfolioCommand}), {@code import FILE|- [--lang fi|sv|en]
 * [--format text|json]} ({@link ImportCommand}) or {@code check FILE|- [--lang fi|sv|en] [--format text|json]}
 * ({@link CheckCommand}).
 */
public final class Main {
  private Main() {}

  /**
   * @param args {@code --lang fi|sv|en}, or a command and its arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length > 0 && List.of("validate", "portfolio", "import", "check").contains(args[0])) {
      PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
      List<String> rest = List.of(args).subList(1, args.length);
      String[] restArray = rest.toArray(new String[0]);
      int status = args[0].equals("validate") ? ValidateCommand.standard().run(rest, System.in, out, err)
          : args[0].equals("portfolio") ? PortfolioCommand.run(rest, out, err)
          : args[0].equals("import") ? ImportCommand.run(restArray, out, err)
          : CheckCommand.run(restArray, out, err);
      out.flush();
      System.exit(status);
      return;
    }
    Locale locale;
    try {
      locale = language(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    out.print(List.of(args).contains("--from-texts") ? runFromTexts(locale) : run(locale));
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

  /**
   * @param code fi, sv or en
   * @return the language
   * @throws IllegalArgumentException for another code, naming it
   */
  static Locale language(String code) {
    if (!List.of("fi", "sv", "en").contains(code)) {
      throw new IllegalArgumentException("--lang must be fi, sv or en, not '" + code + "'");
    }
    return new Locale(code);
  }

  static Locale language(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        return language(args[i + 1]);
      }
      if (args[i].startsWith("--lang=")) {
        return language(new String[] {"--lang", args[i].substring(7)});
      }
    }
    String jvm = Locale.getDefault().getLanguage();
    return List.of("fi", "sv").contains(jvm) ? new Locale(jvm) : Locale.ENGLISH;
  }
}

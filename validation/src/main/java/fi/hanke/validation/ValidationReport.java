package fi.hanke.validation;

import fi.hanke.validation.internal.Messages;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The result of validating a project (<i>tarkastusraportti</i>, sv. <i>granskningsrapport</i>): every finding,
 * in a stable order (by severity, then path, then rule), with counts by severity.
 *
 * <pre>{@code
 * ValidationReport report = Validator.of(Programmes.finland2021to2027()).validate(project);
 * List<String> errors = report.violations(Severity.ERROR).stream()
 *     .map(v -> v.path() + ": " + v.message(new Locale("fi")))
 *     .collect(Collectors.toList());
 * }</pre>
 */
public final class ValidationReport {
  private final List<Violation> violations;
  private final Locale language;
  private final ReportCoverage coverage;

  ValidationReport(List<Violation> violations, Locale language, ReportCoverage coverage) {
    this.violations = Collections.unmodifiableList(violations);
    this.language = language;
    this.coverage = coverage;
  }

  /**
   * @return what the validation could check: the rules checked, those that do not apply to this kind of
   *     document, and where a rule could not be checked for want of facts the document does not state
   */
  public ReportCoverage coverage() {
    return coverage;
  }

  /** @return every finding, ordered by severity (ERROR first), path and rule id */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * @param severity a severity
   * @return the findings of that severity
   */
  public List<Violation> violations(Severity severity) {
    return violations.stream().filter(v -> v.severity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /**
   * @param ruleId a rule id
   * @return the findings of that rule
   */
  public List<Violation> forRule(String ruleId) {
    return violations.stream().filter(v -> v.ruleId().equals(ruleId)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * @param prefix a path
   * @return the findings at or below the path, e.g. everything about {@code members[1]}
   */
  public List<Violation> under(Path prefix) {
    return violations.stream().filter(v -> v.path().startsWith(prefix)).collect(Collectors.toUnmodifiableList());
  }

  /** @return true if there is no ERROR: the application can be approved as far as the rules see */
  public boolean isApprovable() {
    return count(Severity.ERROR) == 0;
  }

  /**
   * @param severity a severity
   * @return how many findings have it
   */
  public int count(Severity severity) {
    int n = 0;
    for (Violation v : violations) {
      if (v.severity() == severity) {
        n++;
      }
    }
    return n;
  }

  /** @return the counts of every severity, zero included */
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> m = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      m.put(s, count(s));
    }
    return Collections.unmodifiableMap(m);
  }

  /** @return the set of rule ids that reported, in report order */
  public List<String> ruleIds() {
    return violations.stream().map(Violation::ruleId).distinct().collect(Collectors.toUnmodifiableList());
  }

  /** @return the language the validator was configured with */
  public Locale language() {
    return language;
  }

  /** @return the report as plain text in the configured language */
  public String toText() {
    return toText(language);
  }

  /**
   * The report as plain text for people: one line per finding (severity, rule, path, message), a summary
   * line of counts, and the coverage: how many rules were checked and did not apply, then each rule that could
   * not be checked, where, and for want of what.
   *
   * @param locale the language
   * @return the text, ending with a newline
   */
  public String toText(Locale locale) {
    StringBuilder out = new StringBuilder();
    for (Violation v : violations) {
      out.append(String.format("%-7s %-34s %s%n", v.severity(), v.ruleId(), v.path().toString().isEmpty() ? "(hanke)" : v.path()));
      out.append("        ").append(v.message(locale)).append(System.lineSeparator());
      v.parametersOn().ifPresent(d -> out.append("        ").append(d.message(locale)).append(System.lineSeparator()));
    }
    out.append(Messages.render(Messages.template("report.summary", locale),
        Map.of("errors", (long) count(Severity.ERROR), "warnings", (long) count(Severity.WARNING), "infos", (long) count(Severity.INFO)),
        locale)).append(System.lineSeparator());
    out.append(Messages.render(Messages.template("coverage.summary", locale), Map.of(
        "checked", (long) coverage.checked().size(), "notApplicable", (long) coverage.notApplicable().size(),
        "notCheckable", (long) coverage.uncheckedRules().size()), locale)).append(System.lineSeparator());
    // one line a rule: every place it could not be checked, and every fact it lacked at one of them
    Map<String, List<ReportCoverage.Unchecked>> byRule = new java.util.LinkedHashMap<>();
    for (ReportCoverage.Unchecked u : coverage.notCheckable()) {
      byRule.computeIfAbsent(u.ruleId(), k -> new java.util.ArrayList<>()).add(u);
    }
    byRule.forEach((rule, places) -> {
      java.util.Set<Fact> missing = java.util.EnumSet.noneOf(Fact.class);
      places.forEach(u -> missing.addAll(u.missing()));
      out.append("  ").append(new ReportCoverage.Unchecked(rule, Path.root(), missing).message(locale)).append(" (")
          .append(places.stream().map(u -> u.path().toString().isEmpty() ? "(hanke)" : u.path().toString())
              .collect(Collectors.joining(", ")))
          .append(')').append(System.lineSeparator());
    });
    return out.toString();
  }

  /**
   * The report as JSON in the format {@code hanke-report/1}, pretty-printed (two-space indent, {@code \n} line
   * ends, a final newline):
   *
   * <pre>{@code
   * {
   *   "format": "hanke-report/1",
   *   "language": "fi",
   *   "approvable": false,
   *   "counts": {"ERROR": 1, "WARNING": 0, "INFO": 0},
   *   "findings": [{
   *     "ruleId": "FUNDING-AID-CEILING", "severity": "ERROR", "path": "fundingPlan.EU_AND_STATE",
   *     "messageKey": "FUNDING-AID-CEILING", "arguments": {"aid": "225000.00", "rate": "80", …},
   *     "message": "Haettava EU- ja valtion rahoitus 225 000,00 € ylittää …"}]
   * }
   * }</pre>
   *
   * Arguments keep their values: amounts as strings with two decimals ({@code "273907.00"}), rates and
   * decimals as exact strings, dates ISO-8601, counts as numbers, enums by name, regions and municipalities by
   * code.
   *
   * @param locale the language of the messages
   * @return the JSON text
   */
  public String toJson(Locale locale) {
    java.io.StringWriter out = new java.io.StringWriter();
    ReportJson.write(this, locale, out, true);
    return out.toString();
  }

  /**
   * The report as JSON on one line, with no line break, for JSON Lines output; otherwise as
   * {@link #toJson(Locale)}.
   *
   * @param locale the language of the messages
   * @return the JSON text on one line
   */
  public String toJsonLine(Locale locale) {
    java.io.StringWriter out = new java.io.StringWriter();
    ReportJson.write(this, locale, out, false);
    return out.toString();
  }

  @Override
  public String toString() {
    return "ValidationReport" + counts() + violations;
  }
}

package fi.hanke.validation.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.validation.Severity;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assertions that property tests of rules share: a broken project makes exactly the broken rule report.
 */
public final class RuleAssertions {
  private RuleAssertions() {}

  /**
   * Asserts that the report has findings of one rule only, all with the given severity, and returns them.
   *
   * @param report a report
   * @param ruleId the rule that must be the only one to report
   * @param severity the severity its findings must have
   * @return the findings
   */
  public static List<Violation> onlyRule(ValidationReport report, String ruleId, Severity severity) {
    List<String> others = report.violations().stream()
        .filter(v -> !v.ruleId().equals(ruleId))
        .map(Violation::toString)
        .collect(Collectors.toList());
    assertTrue(others.isEmpty(), () -> "only " + ruleId + " should report, but also: " + others);
    List<Violation> found = report.forRule(ruleId);
    assertTrue(!found.isEmpty(), () -> ruleId + " should report, but the report is " + report);
    for (Violation v : found) {
      assertEquals(severity, v.severity(), () -> "severity of " + v);
    }
    return found;
  }

  /**
   * Asserts that the report has no finding at all.
   *
   * @param report a report
   */
  public static void clean(ValidationReport report) {
    assertTrue(report.violations().isEmpty(), () -> "expected no finding, got " + report.violations());
  }
}

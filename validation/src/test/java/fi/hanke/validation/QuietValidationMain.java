package fi.hanke.validation;

import fi.hanke.core.json.HankeJson;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.core.sample.SampleProjects;
import java.util.Locale;

/**
 * Run in a fresh JVM by {@link QuietValidationTest}: reads a sample project and group from JSON and validates
 * them as a host would on first use, a project with a finding about amounts included, and renders the report
 * in Finnish, Swedish and English as text and JSON. Prints nothing itself; reports only through its exit code.
 */
public final class QuietValidationMain {

  private QuietValidationMain() {}

  /**
   * Reads, validates and reports; exits 0 if the results are right and 3 otherwise.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    HankeJson json = HankeJson.standard();
    SampleProjects samples = SampleProjects.seeded(11);
    Validator validator = Validator.of(SampleProjects.profile());
    Project project = json.readProject(json.write(samples.project()));
    GroupProject group = json.readGroupProject(json.write(samples.group()));
    boolean ok = validator.validate(project).violations().isEmpty() && validator.validate(group).violations().isEmpty();
    // a stated net total one euro off the lines: a finding whose message and JSON carry amounts
    Project off = project.withCostEstimate(project.costEstimate().orElseThrow()
        .withStatedNetApplied(Eur.ofCents(Eur.cents(project.costEstimate().orElseThrow().netApplied()) + 100)));
    ValidationReport report = validator.validate(json.readProject(json.write(off)));
    ok &= !report.violations().isEmpty();
    for (String language : new String[] {"fi", "sv", "en"}) {
      Locale locale = Locale.forLanguageTag(language);
      ok &= report.toText(locale).contains(language.equals("en") ? "€" : "\u00a0€");
      ok &= report.toJson(locale).contains("\"difference\"");
    }
    System.exit(ok ? 0 : 3);
  }
}

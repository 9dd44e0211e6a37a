package fi.hanke.examples.bench;

import fi.hanke.core.programme.Programmes;
import fi.hanke.examples.seeds.Seeds;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;

/**
 * The cold-start probe (<i>kylmäkäynnistyksen mittari</i>, sv. <i>kallstartsmätare</i>): a main that does what a
 * command-line tool does once per process, and nothing else: builds seed 002 (<i>DigiFocus</i>), validates it
 * with {@code Validator.of(Programmes.finland2021to2027())}, renders the whole report as text in the default
 * language (Finnish) and prints its last line, the counts, e.g. {@code Yhteensä 3 virhettä, 0 varoitusta,
 * 0 huomautusta.} {@code examples/bench/cold-start.sh} times fresh JVMs running it, with and without a
 * class-data sharing archive.
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Validates seed 002 and prints the counts line of its report.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(countsLine());
  }

  /**
   * @return the counts line of seed 002's report as text in the default language: the first line after the
   *     findings (each a severity line, an indented message and, where it used dated values, the date that chose
   *     them), before the coverage
   */
  static String countsLine() {
    ValidationReport report = Validator.of(Programmes.finland2021to2027()).validate(Seeds.digiFocus());
    String[] lines = report.toText().split("\\R");
    int findingLines = report.violations().stream().mapToInt(v -> v.parametersOn().isPresent() ? 3 : 2).sum();
    return lines[findingLines];
  }
}

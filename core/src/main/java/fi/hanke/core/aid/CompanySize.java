package fi.hanke.core.aid;

import fi.hanke.core.Term;
import java.util.Locale;

/**
 * Size class of an enterprise (<i>yrityksen kokoluokka</i>, sv. <i>företagets storleksklass</i>) as defined by
 * Commission Recommendation 2003/361/EC: micro, small, medium-sized or large.
 *
 * <p>De minimis measures often price a service by size class (seed 003: the company's own contribution is
 * 300 € for a micro, 600 € for a small and 900 € for a medium-sized enterprise).
 */
public enum CompanySize {
  /** Mikroyritys (sv. mikroföretag): fewer than 10 staff, turnover or balance sheet at most 2 M€. */
  MICRO("mikroyritys", "mikroföretag", "micro enterprise"),
  /** Pieni yritys (sv. litet företag): fewer than 50 staff, turnover or balance sheet at most 10 M€. */
  SMALL("pieni yritys", "litet företag", "small enterprise"),
  /** Keskisuuri yritys (sv. medelstort företag): fewer than 250 staff, turnover ≤ 50 M€ or balance sheet ≤ 43 M€. */
  MEDIUM("keskisuuri yritys", "medelstort företag", "medium-sized enterprise"),
  /** Suuri yritys (sv. stort företag): above the medium-sized ceilings. */
  LARGE("suuri yritys", "stort företag", "large enterprise");

  private final Term name;

  CompanySize(String finnish, String swedish, String english) {
    this.name = Term.of(finnish, swedish, english);
  }

  /**
   * The name people read, in a language: Finnish, Swedish or English.
   *
   * @param locale the language; anything but sv and en gives Finnish
   * @return the name, e.g. "mikroyritys"
   */
  public String displayName(Locale locale) {
    return name.in(locale);
  }

  /** @return true for micro, small and medium-sized enterprises (pk-yritys, sv. SMF) */
  public boolean isSme() {
    return this != LARGE;
  }
}

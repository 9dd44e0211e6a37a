package fi.hanke.core.aid;

/**
 * Size class of an enterprise (<i>yrityksen kokoluokka</i>, sv. <i>företagets storleksklass</i>) as defined by
 * Commission Recommendation 2003/361/EC: micro, small, medium-sized or large.
 *
 * <p>De minimis measures often price a service by size class (seed 003: the company's own contribution is
 * 300 € for a micro, 600 € for a small and 900 € for a medium-sized enterprise).
 */
public enum CompanySize {
  /** Mikroyritys (sv. mikroföretag): fewer than 10 staff, turnover or balance sheet at most 2 M€. */
  MICRO("mikroyritys", "mikroföretag"),
  /** Pieni yritys (sv. litet företag): fewer than 50 staff, turnover or balance sheet at most 10 M€. */
  SMALL("pieni yritys", "litet företag"),
  /** Keskisuuri yritys (sv. medelstort företag): fewer than 250 staff, turnover ≤ 50 M€ or balance sheet ≤ 43 M€. */
  MEDIUM("keskisuuri yritys", "medelstort företag"),
  /** Suuri yritys (sv. stort företag): above the medium-sized ceilings. */
  LARGE("suuri yritys", "stort företag");

  private final String fi;
  private final String sv;

  CompanySize(String fi, String sv) {
    this.fi = fi;
    this.sv = sv;
  }

  /** @return the Finnish term, e.g. "mikroyritys" */
  public String finnish() {
    return fi;
  }

  /** @return the Swedish term, e.g. "mikroföretag" */
  public String swedish() {
    return sv;
  }

  /** @return true for micro, small and medium-sized enterprises (pk-yritys, sv. SMF) */
  public boolean isSme() {
    return this != LARGE;
  }
}

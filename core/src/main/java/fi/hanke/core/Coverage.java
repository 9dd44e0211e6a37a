package fi.hanke.core;

import java.util.Locale;

/**
 * How much of a table a document gives (<i>kattavuus</i>, sv. <i>täckning</i>): the whole table, so that a
 * line not printed is zero, or only the lines and totals it states, so that nothing may be inferred from a
 * line it does not print. A council's minute that gives only the municipality's own co-funding and the
 * project's total cost is {@link #PARTIAL}; a EURA printout's "Kustannusarvion tiivistelmä" is
 * {@link #COMPLETE}.
 */
public enum Coverage {
  /** Kaikki rivit (sv. alla rader): the whole table is printed; a line not printed is zero. */
  COMPLETE(Term.of("kaikki rivit esitetty", "alla rader angivna", "complete")),
  /** Osittainen (sv. delvis): only the stated lines and totals are known; the rest is unknown, not zero. */
  PARTIAL(Term.of("osittainen", "delvis", "partial"));

  private final Term term;

  Coverage(Term term) {
    this.term = term;
  }

  /**
   * @param locale a language
   * @return the name people read, in Finnish, Swedish or English
   */
  public String displayName(Locale locale) {
    return term.in(locale);
  }
}

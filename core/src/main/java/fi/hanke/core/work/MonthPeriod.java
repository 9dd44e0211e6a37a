package fi.hanke.core.work;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of whole months (<i>ajanjakso kuukausina</i>, sv. <i>period i månader</i>), as work plans print
 * them: "9/25-8/27" is September 2025 to August 2027, both months included.
 *
 * <p>An end before the start is representable (documents contain typos); a rule reports it.
 */
public final class MonthPeriod {
  /** Month/year, a hyphen or en dash, month/year; a year may have a sign (see {@link #parse(String)}). */
  private static final Pattern FORM = Pattern.compile("(\\d+)/([+-]?\\d+)\\s*[-–]\\s*(\\d+)/([+-]?\\d+)");

  private final YearMonth start;
  private final YearMonth end;

  private MonthPeriod(YearMonth start, YearMonth end) {
    this.start = Objects.requireNonNull(start, "start");
    this.end = Objects.requireNonNull(end, "end");
  }

  /**
   * @param start the first month
   * @param end the last month
   * @return the period
   */
  public static MonthPeriod of(YearMonth start, YearMonth end) {
    return new MonthPeriod(start, end);
  }

  /**
   * Parses the short form work plans use: "9/25-8/27" or "1/2026–5/2026" (hyphen or en dash). A year of two
   * digits is 20xx; a year of four digits is that year; a year beyond 9999 or before year 0 has a sign and at
   * least four digits ("+10000", "-0001"), as {@link #toString()} writes it, so that
   * {@code parse(p.toString())} equals {@code p} for every period.
   *
   * @param text the text
   * @return the period
   * @throws IllegalArgumentException naming the text if it is not of that form
   */
  public static MonthPeriod parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("month period '" + text + "' is not of the form M/YY-M/YY");
    }
    return new MonthPeriod(month(m.group(1), m.group(2), text), month(m.group(3), m.group(4), text));
  }

  private static YearMonth month(String monthText, String yearText, String text) {
    try {
      int month = Integer.parseInt(monthText);
      int year = Integer.parseInt(yearText);
      boolean signed = yearText.startsWith("+") || yearText.startsWith("-");
      if (!signed && yearText.length() == 2) {
        year += 2000;
      } else if (signed ? yearText.length() < 5 : yearText.length() != 4) {
        throw new NumberFormatException();
      }
      return YearMonth.of(year, month);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("month period '" + text + "' is not of the form M/YY-M/YY", e);
    }
  }

  /** The year as the short form writes it: two digits for 2000–2099, else as {@link #parse} reads it. */
  private static String year(int year) {
    if (year >= 2000 && year <= 2099) {
      return String.format(Locale.ROOT, "%02d", year - 2000);
    }
    if (year >= 0 && year <= 9999) {
      return String.format(Locale.ROOT, "%04d", year);
    }
    return (year < 0 ? "-" : "+") + String.format(Locale.ROOT, "%04d", Math.abs(year));
  }

  /** @return the first month */
  public YearMonth start() {
    return start;
  }

  /** @return the last month */
  public YearMonth end() {
    return end;
  }

  /** @return the first day of the first month */
  public LocalDate firstDay() {
    return start.atDay(1);
  }

  /** @return the last day of the last month */
  public LocalDate lastDay() {
    return end.atEndOfMonth();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MonthPeriod && start.equals(((MonthPeriod) o).start) && end.equals(((MonthPeriod) o).end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /**
   * @return the short form, e.g. "9/25-8/27"; a year outside 2000–2099 in full, e.g. "12/1999-1/05", so that
   *     {@link #parse(String)} reads it back
   */
  @Override
  public String toString() {
    return start.getMonthValue() + "/" + year(start.getYear()) + "-" + end.getMonthValue() + "/" + year(end.getYear());
  }
}

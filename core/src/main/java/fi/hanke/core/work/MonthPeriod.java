package fi.hanke.core.work;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A period of whole months (<i>ajanjakso kuukausina</i>, sv. <i>period i månader</i>), as work plans print
 * them: "9/25-8/27" is September 2025 to August 2027, both months included.
 *
 * <p>An end before the start is representable (documents contain typos); a rule reports it.
 */
public final class MonthPeriod {
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
   * Parses the short form work plans use: "9/25-8/27" or "1/2026–5/2026" (hyphen or en dash; two-digit years
   * are 20xx).
   *
   * @param text the text
   * @return the period
   * @throws IllegalArgumentException naming the text if it is not of that form
   */
  public static MonthPeriod parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.trim().split("\\s*[-–]\\s*");
    if (parts.length != 2) {
      throw new IllegalArgumentException("month period '" + text + "' is not of the form M/YY-M/YY");
    }
    return new MonthPeriod(month(parts[0], text), month(parts[1], text));
  }

  private static YearMonth month(String part, String text) {
    String[] my = part.split("/");
    try {
      if (my.length != 2) {
        throw new NumberFormatException();
      }
      int month = Integer.parseInt(my[0]);
      int year = Integer.parseInt(my[1]);
      if (my[1].length() == 2) {
        year += 2000;
      } else if (my[1].length() != 4) {
        throw new NumberFormatException();
      }
      return YearMonth.of(year, month);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("month period '" + text + "' is not of the form M/YY-M/YY", e);
    }
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

  /** @return the short form, e.g. "9/25-8/27" */
  @Override
  public String toString() {
    return start.getMonthValue() + "/" + (start.getYear() % 100) + "-" + end.getMonthValue() + "/" + (end.getYear() % 100);
  }
}

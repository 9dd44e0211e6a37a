package fi.hanke.core.aid;

import fi.hanke.core.Term;
import java.util.Locale;

/**
 * How a de minimis regulation measures the period over which aid is summed (<i>tarkastelujakso</i>, sv.
 * <i>beräkningsperiod</i>).
 *
 * <p>Source: {@code domain/finnish-rules.md} §6.1.
 */
public enum WindowKind {
  /**
   * Any rolling period of three years (<i>liukuva kolmen vuoden jakso</i>, sv. <i>rullande treårsperiod</i>),
   * as in 2023/2831 and 2023/2832: on a date t, a grant dated d counts iff {@code d <= t} and
   * {@code d > t.minusYears(3)}. A grant therefore leaves the window exactly three years after its date: a
   * grant of 1.3.2024 counts up to 28.2.2027 and not on 1.3.2027; a grant of 29.2.2024 counts up to
   * 28.2.2027 (its last day) and leaves on 1.3.2027, because {@code LocalDate.minusYears} maps 29 February
   * to 28 February.
   */
  ROLLING_THREE_YEARS("liukuva kolmen vuoden jakso", "rullande treårsperiod", "rolling three-year period"),
  /**
   * The current fiscal year and the two previous fiscal years of the undertaking (<i>kuluva ja kaksi
   * edellistä verovuotta</i>, sv. <i>innevarande och de två föregående beskattningsåren</i>), as in
   * 1407/2013 and 360/2012: on a date t, a grant counts iff it lies between the first day of the fiscal year
   * two before the one containing t and t, both inclusive.
   */
  FISCAL_YEAR_AND_TWO_PREVIOUS("kuluva ja kaksi edellistä verovuotta", "innevarande och två föregående beskattningsår",
      "current and two previous fiscal years");

  private final Term name;

  WindowKind(String finnish, String swedish, String english) {
    this.name = Term.of(finnish, swedish, english);
  }

  /**
   * The name people read, in a language: Finnish, Swedish or English.
   *
   * @param locale the language; anything but sv and en gives Finnish
   * @return the name, e.g. "liukuva kolmen vuoden jakso"
   */
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

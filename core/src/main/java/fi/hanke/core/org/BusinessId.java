package fi.hanke.core.org;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A Finnish business id (<i>Y-tunnus, sv. FO-nummer (företags- och organisationsnummer)</i>) of the form
 * {@code NNNNNNN-C}: seven digits, a hyphen and a check digit.
 *
 * <p>Immutable. A well-formed id whose check digit is wrong still parses, because documents contain typos
 * and rules report them: see {@link #hasValidCheckDigit()}. Ordered and equal by its text.
 */
public final class BusinessId implements Comparable<BusinessId> {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

  private final String body;
  private final int checkDigit;

  private BusinessId(String body, int checkDigit) {
    this.body = body;
    this.checkDigit = checkDigit;
  }

  /**
   * Parses a business id of the form {@code NNNNNNN-C}, such as {@code "0600598-8"}, after trimming
   * surrounding white space. The check digit is not verified here.
   *
   * @param text the business id
   * @return the business id
   * @throws IllegalArgumentException if the text is not of the form {@code NNNNNNN-C}; the message quotes
   *     the text
   * @throws NullPointerException if {@code text} is null
   */
  public static BusinessId parse(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.strip();
    if (!(trimmed.length() == 9 && digits(trimmed, 7) && trimmed.charAt(7) == '-' && isDigit(trimmed.charAt(8)))) {
      throw new IllegalArgumentException("Not a business id (Y-tunnus): \"" + text
          + "\"; expected seven digits, a hyphen and a check digit, NNNNNNN-C, such as 0600598-8");
    }
    return new BusinessId(trimmed.substring(0, 7), trimmed.charAt(8) - '0');
  }

  /**
   * Computes the check digit for a seven-digit body: with weights 7, 9, 10, 5, 8, 4, 2 from the left,
   * {@code r = Σ digit × weight mod 11}; r = 0 gives 0, r = 1 gives none (no valid business id has that
   * body), otherwise 11 − r.
   *
   * @param body the seven digits before the hyphen
   * @return the check digit, or empty if no check digit makes the body valid
   * @throws IllegalArgumentException if {@code body} is not seven digits; the message quotes it
   * @throws NullPointerException if {@code body} is null
   */
  public static OptionalInt checkDigitFor(String body) {
    Objects.requireNonNull(body, "body");
    if (!(body.length() == 7 && digits(body, 7))) {
      throw new IllegalArgumentException("Not the body of a business id: \"" + body + "\"; expected seven digits");
    }
    return digitFor(body);
  }

  /**
   * Whether the first {@code n} characters are ASCII digits, as {@code [0-9]} matches them: checked by hand, since a
   * regular expression's matcher for every id read was 1 % of reading a document.
   */
  private static boolean digits(String text, int n) {
    for (int i = 0; i < n; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The check digit of a body already known to be seven digits. */
  private static OptionalInt digitFor(String body) {
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (body.charAt(i) - '0') * WEIGHTS[i];
    }
    int r = sum % 11;
    if (r == 0) {
      return OptionalInt.of(0);
    }
    return r == 1 ? OptionalInt.empty() : OptionalInt.of(11 - r);
  }

  /**
   * Returns the seven digits before the hyphen.
   *
   * @return the body, for example {@code "0600598"}
   */
  public String body() {
    return body;
  }

  /**
   * Returns the digit after the hyphen, as written.
   *
   * @return the check digit, 0 to 9
   */
  public int checkDigit() {
    return checkDigit;
  }

  /**
   * Returns the check digit the body calls for.
   *
   * @return {@link #checkDigitFor(String)} of the body
   */
  public OptionalInt expectedCheckDigit() {
    return digitFor(body);
  }

  /**
   * Tells whether the check digit is the one the body calls for.
   *
   * @return true if the id is valid; false for a typo or for a body that no check digit makes valid
   */
  public boolean hasValidCheckDigit() {
    OptionalInt expected = expectedCheckDigit();
    return expected.isPresent() && expected.getAsInt() == checkDigit;
  }

  /**
   * Returns the Finnish VAT number (<i>ALV-numero, sv. momsregistreringsnummer</i>) formed from this id:
   * {@code "FI"}, the body and the check digit, without the hyphen. The check digit is not verified.
   *
   * @return the VAT number, for example {@code "FI06005988"}
   */
  public String toVatNumber() {
    return "FI" + body + checkDigit;
  }

  /**
   * Orders by body, then by check digit.
   *
   * @param other the other id
   * @return negative, zero or positive as this sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(BusinessId other) {
    int c = body.compareTo(other.body);
    return c != 0 ? c : Integer.compare(checkDigit, other.checkDigit);
  }

  /**
   * Tests equality by body and check digit.
   *
   * @param obj the object to compare with
   * @return whether {@code obj} is the same business id
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof BusinessId)) {
      return false;
    }
    BusinessId other = (BusinessId) obj;
    return body.equals(other.body) && checkDigit == other.checkDigit;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return body.hashCode() * 31 + checkDigit;
  }

  /**
   * Returns the id as written in documents.
   *
   * @return for example {@code "0600598-8"}
   */
  @Override
  public String toString() {
    return body + "-" + checkDigit;
  }
}

package fi.hanke.validation;

import java.util.Objects;

/**
 * A named, typed argument of a rule's findings (<i>havainnon argumentti</i>, sv. <i>iakttagelsens argument</i>):
 * the amounts, dates, rates and names a finding carries and its messages quote. A rule declares its arguments
 * once, in its constructor; {@link RuleContext} refuses a finding that names an argument the rule did not
 * declare, omits one it did, or gives a value of another type, and a test checks every message template in
 * fi, sv and en against the declarations.
 *
 * <pre>{@code
 * static final Argument<MonetaryAmount> AID = Argument.of("aid", MonetaryAmount.class);
 * }</pre>
 *
 * @param <T> the type of its values
 */
public final class Argument<T> {
  private final String name;
  private final Class<T> type;

  private Argument(String name, Class<T> type) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    if (name.isBlank() || !name.chars().allMatch(Character::isLetterOrDigit)) {
      throw new IllegalArgumentException("argument name: letters and digits only, not '" + name + "'");
    }
  }

  /**
   * @param name the name messages use between braces, e.g. {@code aid} for {@code {aid}}
   * @param type the type of its values (an interface such as {@code MonetaryAmount} admits every implementation)
   * @param <T> the type of its values
   * @return the argument
   * @throws IllegalArgumentException if the name is blank or has other characters than letters and digits
   */
  public static <T> Argument<T> of(String name, Class<T> type) {
    return new Argument<>(name, type);
  }

  /** @return the name messages use between braces */
  public String name() {
    return name;
  }

  /** @return the type of its values */
  public Class<T> type() {
    return type;
  }

  /**
   * @param value a value
   * @return true if it is a value of this argument's type (never for null)
   */
  public boolean admits(Object value) {
    return type.isInstance(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Argument<?> a && a.name.equals(name) && a.type.equals(type);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + type.hashCode();
  }

  @Override
  public String toString() {
    return name + ": " + type.getSimpleName();
  }
}

package fi.hanke.core.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A value with the period it is in force (<i>päivätty arvo</i>, sv. <i>daterat värde</i>): a rate, a ceiling,
 * a unit cost. Programme parameters are lists of dated values, looked up by date.
 *
 * @param <T> the type of the value
 */
public final class Dated<T> {
  private final T value;
  private final Validity validity;

  private Dated(T value, Validity validity) {
    this.value = Objects.requireNonNull(value, "value");
    this.validity = Objects.requireNonNull(validity, "validity");
  }

  /**
   * @param value the value
   * @param validity when it is in force
   * @param <T> the type of the value
   * @return the dated value
   */
  public static <T> Dated<T> of(T value, Validity validity) {
    return new Dated<>(value, validity);
  }

  /**
   * The value in force on a date, from a list of dated values (the first one that matches).
   *
   * @param values the dated values
   * @param date the date
   * @param <T> the type of the value
   * @return the value in force, or empty if none is
   */
  public static <T> Optional<T> on(List<Dated<T>> values, LocalDate date) {
    for (Dated<T> d : values) {
      if (d.validity.contains(date)) {
        return Optional.of(d.value);
      }
    }
    return Optional.empty();
  }

  /** @return the value */
  public T value() {
    return value;
  }

  /** @return when the value is in force */
  public Validity validity() {
    return validity;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dated && value.equals(((Dated<?>) o).value) && validity.equals(((Dated<?>) o).validity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, validity);
  }

  @Override
  public String toString() {
    return value + " (" + validity + ")";
  }
}

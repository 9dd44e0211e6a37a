package fi.hanke.core.programme;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The period in which a rate, ceiling or catalogue entry is in force (<i>voimassaoloaika</i>, sv.
 * <i>giltighetstid</i>): from a first day to a last day, both inclusive, either end open.
 */
public final class Validity {
  private static final Validity ALWAYS = new Validity(null, null);

  private final LocalDate from;
  private final LocalDate until;

  private Validity(LocalDate from, LocalDate until) {
    if (from != null && until != null && until.isBefore(from)) {
      throw new IllegalArgumentException("validity ends " + until + " before it starts " + from);
    }
    this.from = from;
    this.until = until;
  }

  /** @return a validity without start or end */
  public static Validity always() {
    return ALWAYS;
  }

  /**
   * @param from the first day in force
   * @return a validity from that day on, open-ended
   */
  public static Validity from(LocalDate from) {
    return new Validity(Objects.requireNonNull(from, "from"), null);
  }

  /**
   * @param until the last day in force
   * @return a validity up to and including that day
   */
  public static Validity until(LocalDate until) {
    return new Validity(null, Objects.requireNonNull(until, "until"));
  }

  /**
   * @param from the first day in force
   * @param until the last day in force
   * @return a validity between the two days, both inclusive
   * @throws IllegalArgumentException if until is before from
   */
  public static Validity between(LocalDate from, LocalDate until) {
    return new Validity(Objects.requireNonNull(from, "from"), Objects.requireNonNull(until, "until"));
  }

  /** @return the first day in force, if bounded */
  public Optional<LocalDate> start() {
    return Optional.ofNullable(from);
  }

  /** @return the last day in force, if bounded */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(until);
  }

  /**
   * @param date a day
   * @return true if the day lies in this validity
   */
  public boolean contains(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Validity && Objects.equals(from, ((Validity) o).from) && Objects.equals(until, ((Validity) o).until);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, until);
  }

  @Override
  public String toString() {
    return (from == null ? "…" : from.toString()) + "–" + (until == null ? "…" : until.toString());
  }
}

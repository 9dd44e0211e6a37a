package fi.hanke.validation;

import fi.hanke.validation.internal.Messages;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The date that chose the dated rates, ceilings and options a finding used (<i>määräytymispäivä</i>, sv.
 * <i>avgörande datum</i>): the date of the aid decision (866/2021 §7(1), §13(1), §15(5): values "tukipäätöksen
 * tekopäivänä voimassa"), else the date the application was received, else the project's start, or the
 * validator's reference date when the host set one. A document that states none of them is checked only with
 * values that are the same over the whole programme period, never with those of a date picked for it.
 */
public final class ParameterDate {
  /** Where the date came from (<i>peruste</i>). */
  public enum Basis {
    /** The validator's reference date, set by the host. */
    REFERENCE_DATE,
    /** The date of the aid decision (tukipäätöksen päivä). */
    DECISION_DATE,
    /** The date the application was received (saapumispäivä), as the decision date is not stated. */
    RECEIVED_DATE,
    /** The project's start (alkamispäivä), as neither the decision nor the received date is stated. */
    START_DATE,
    /** No date is stated; the values used are the same over the whole programme period. */
    WHOLE_PROGRAMME
  }

  private final Basis basis;
  private final Optional<LocalDate> date;

  private ParameterDate(Basis basis, Optional<LocalDate> date) {
    this.basis = Objects.requireNonNull(basis, "basis");
    this.date = Objects.requireNonNull(date, "date");
  }

  static ParameterDate of(Basis basis, LocalDate date) {
    return new ParameterDate(basis, Optional.of(date));
  }

  static ParameterDate wholeProgramme() {
    return new ParameterDate(Basis.WHOLE_PROGRAMME, Optional.empty());
  }

  /** @return where the date came from */
  public Basis basis() {
    return basis;
  }

  /** @return the date, empty for {@link Basis#WHOLE_PROGRAMME} */
  public Optional<LocalDate> date() {
    return date;
  }

  /**
   * @param locale fi, sv or en (anything else gives English)
   * @return e.g. "Määrät ja ehdot tukipäätöksen päivän 1.3.2024 mukaan."
   */
  public String message(Locale locale) {
    Map<String, Object> args = new LinkedHashMap<>();
    date.ifPresent(d -> args.put("date", d));
    return Messages.render(Messages.template("parametersOn." + basis.name(), locale), args, locale);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParameterDate p && p.basis == basis && p.date.equals(date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(basis, date);
  }

  @Override
  public String toString() {
    return basis + date.map(d -> " " + d).orElse("");
  }
}

package fi.hanke.validation;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.aid.DeMinimisRegister;
import fi.hanke.core.money.Eur;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * How a validator checks (<i>tarkastuksen asetukset</i>, sv. <i>granskningsinställningar</i>): the reference
 * date, the rounding tolerance, the language of messages, the rules switched off, and the de minimis register.
 */
@HankeStyle
@Value.Immutable
abstract class ValidationOptionsDef {
  /** @return the date that decides which rates apply; empty: each project's own dates */
  public abstract Optional<LocalDate> referenceDate();

  /**
   * @return the rounding tolerance per compared line, default 1,00 €: real decisions round up, down or to
   *     the nearest euro, so a difference up to this is reported as INFO, not as an error
   */
  @Value.Default
  public MonetaryAmount tolerance() {
    return Eur.of(1);
  }

  /** @return the language of {@link ValidationReport#toText()}, default Finnish */
  @Value.Default
  public Locale language() {
    return new Locale("fi");
  }

  /** @return the ids of rules switched off */
  public abstract Set<String> disabledRules();

  /** @return the de minimis register to consult, if any */
  public abstract Optional<DeMinimisRegister> deMinimisRegister();

  @Value.Check
  void check() {
    Eur.require(tolerance(), "tolerance");
    if (Eur.decimal(tolerance()).signum() < 0) {
      throw new IllegalArgumentException("tolerance must not be negative: " + tolerance());
    }
  }
}

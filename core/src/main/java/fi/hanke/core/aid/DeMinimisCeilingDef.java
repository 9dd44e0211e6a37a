package fi.hanke.core.aid;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.money.Eur;
import fi.hanke.core.programme.Validity;
import java.util.Set;
import org.immutables.value.Value;
import org.javamoney.moneta.FastMoney;

/**
 * The ceiling of a de minimis regulation for one period of grant dates (<i>de minimis -enimmäismäärä</i>,
 * sv. <i>tak för stöd av mindre betydelse</i>): how much aid one single undertaking may have in the window,
 * how the window is measured, for which grant dates the ceiling is in force, and which regulations' aid counts
 * towards it (the cumulation rule as data).
 *
 * <p>A new grant under regulation R must fit under every ceiling in force on its date whose
 * {@link #counted()} set contains R: general aid must fit under the general ceiling and, because SGEI aid may
 * be cumulated with general aid only up to the SGEI ceiling, also under the SGEI ceiling.
 */
@HankeStyle
@Value.Immutable
abstract class DeMinimisCeilingDef {
  /** @return the regulation whose ceiling this is */
  public abstract DeMinimisRegulation regulation();

  /** @return the ceiling per single undertaking */
  public abstract FastMoney amount();

  /** @return how the window is measured */
  public abstract WindowKind window();

  /** @return the grant dates for which the regulation and this ceiling are in force */
  public abstract Validity validity();

  /** @return the regulations whose grants count towards this ceiling (always including its own) */
  public abstract Set<DeMinimisRegulation> counted();

  /** @return true if the ceiling applies only where a central register of de minimis aid is kept */
  @Value.Default
  public boolean requiresCentralRegister() {
    return false;
  }

  /** @return the legal source and the section of {@code domain/finnish-rules.md} it was taken from */
  public abstract String source();

  @Value.Check
  void check() {
    Eur.require(amount(), "amount");
    if (!amount().isPositive()) {
      throw new IllegalArgumentException("a de minimis ceiling must be positive: " + amount());
    }
    if (!counted().contains(regulation())) {
      throw new IllegalArgumentException("the ceiling of " + regulation() + " must count its own aid");
    }
  }
}

package fi.hanke.core.work;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.aid.CompanySize;
import fi.hanke.core.money.Eur;
import java.util.Optional;
import org.immutables.value.Value;
import org.javamoney.moneta.FastMoney;

/**
 * One tier of a participation fee (<i>osallistumismaksun porras</i>, sv. <i>avgiftsnivå</i>): the amount and
 * when it applies ("350 € jos yrityksen liikevaihto on yli 700 000 €"). A tier without a condition is the
 * default.
 */
@HankeStyle
@Value.Immutable
abstract class FeeTierDef {
  /** @return the fee per participant (usually per company) */
  public abstract FastMoney amount();

  /** @return the condition as the document writes it, if any */
  public abstract Optional<String> condition();

  /** @return the turnover above which the tier applies, if the condition is on turnover */
  public abstract Optional<FastMoney> turnoverAbove();

  /** @return the company size the tier applies to, if the condition is on size */
  public abstract Optional<CompanySize> companySize();

  @Value.Check
  void check() {
    Eur.require(amount(), "amount");
    turnoverAbove().ifPresent(t -> Eur.require(t, "turnoverAbove"));
  }
}

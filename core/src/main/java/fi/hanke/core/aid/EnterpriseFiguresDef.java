package fi.hanke.core.aid;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.money.Eur;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.javamoney.moneta.FastMoney;

/**
 * The figures that decide an enterprise's size class for one accounting period (<i>yrityksen
 * kokoluokkatiedot</i>, sv. <i>uppgifter för företagets storleksklass</i>): staff headcount in annual work
 * units, annual turnover and balance-sheet total (Recommendation 2003/361/EC, Annex Art. 4–5;
 * {@code domain/finnish-rules.md} §7).
 */
@HankeStyle
@Value.Immutable
abstract class EnterpriseFiguresDef {
  /** @return the staff headcount in annual work units (henkilötyövuodet, sv. årsarbetsenheter) */
  public abstract BigDecimal headcount();

  /** @return the annual turnover (liikevaihto, sv. årsomsättning) */
  public abstract FastMoney turnover();

  /** @return the annual balance-sheet total (taseen loppusumma, sv. balansomslutning) */
  public abstract FastMoney balanceSheet();

  @Value.Check
  void check() {
    Eur.require(turnover(), "turnover");
    Eur.require(balanceSheet(), "balanceSheet");
    if (headcount().signum() < 0 || turnover().isNegative() || balanceSheet().isNegative()) {
      throw new IllegalArgumentException("enterprise figures must not be negative: " + headcount() + ", " + turnover() + ", " + balanceSheet());
    }
  }
}

package fi.hanke.core.work;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.aid.CompanySize;
import fi.hanke.core.money.Eur;
import java.util.Optional;
import org.immutables.value.Value;
import org.javamoney.moneta.FastMoney;

/**
 * An amount for a company size class (<i>kokoluokkakohtainen summa</i>, sv. <i>belopp per storleksklass</i>):
 * "omarahoitus 300 euroa mikroyritykseltä". Without a size it applies to every company.
 */
@HankeStyle
@Value.Immutable
abstract class SizeClassAmountDef {
  /** @return the size class, or empty for all sizes */
  public abstract Optional<CompanySize> size();

  /** @return the amount */
  public abstract FastMoney amount();

  @Value.Check
  void check() {
    Eur.require(amount(), "amount");
  }
}

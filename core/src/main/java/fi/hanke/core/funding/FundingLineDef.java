package fi.hanke.core.funding;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Hedge;
import fi.hanke.core.money.Percentage;
import java.util.Optional;
import org.immutables.value.Value;
import org.javamoney.moneta.FastMoney;

/**
 * One line of a funding plan (<i>rahoitussuunnitelman rivi</i>, sv. <i>rad i finansieringsplanen</i>): the
 * source, the amount applied for, the amount approved once decided, and the share the document prints
 * ("Osuus %"), kept as printed: shares are derived for computation, never trusted.
 */
@HankeStyle
@Value.Immutable
abstract class FundingLineDef {
  /** @return the source of the money */
  public abstract FundingSource source();

  /** @return the amount applied for ("Haetut yhteensä") */
  public abstract FastMoney applied();

  /** @return how the amount applied for is stated: exactly (the default), as at most, or as about */
  @Value.Default
  public Hedge appliedHedge() {
    return Hedge.EXACT;
  }

  /** @return the amount approved ("Hyväksytyt yhteensä"), once stated */
  public abstract Optional<FastMoney> approved();

  /** @return the share printed in the document ("Osuus %"), if any */
  public abstract Optional<Percentage> statedShare();

  /** @return the label as the document prints it, where it differs from the source's standard label */
  public abstract Optional<String> label();

  @Value.Check
  void check() {
    Eur.require(applied(), "applied");
    approved().ifPresent(a -> Eur.require(a, "approved"));
  }
}

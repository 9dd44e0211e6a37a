package fi.hanke.core.funding;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.money.Eur;
import fi.hanke.core.region.Region;
import org.immutables.value.Value;
import org.javamoney.moneta.FastMoney;

/**
 * The part of the aid that falls on one region (<i>tuen maakunnallinen jako</i>, sv. <i>stödets fördelning
 * per landskap</i>); seed 003 splits its 351 948 € as Pohjois-Savo 140 780 €, Etelä-Savo 70 388 € and
 * Pohjois-Karjala 140 780 €.
 */
@HankeStyle
@Value.Immutable
abstract class RegionalAidShareDef {
  /** @return the region */
  @Value.Parameter
  public abstract Region region();

  /** @return the region's part of the aid */
  @Value.Parameter
  public abstract FastMoney amount();

  @Value.Check
  void check() {
    Eur.require(amount(), "amount");
  }
}

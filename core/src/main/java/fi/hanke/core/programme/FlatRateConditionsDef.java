package fi.hanke.core.programme;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.money.Percentage;
import org.immutables.value.Value;

/**
 * The conditions under which a flat-rate option may be used (<i>prosenttimääräisen korvauksen
 * käyttöedellytykset</i>, sv. <i>villkor för schablonersättning</i>). The 7 % option may be used only if the
 * plan has no staff costs, or purchased services are at least 30 % of staff costs, or travel is at least 20 %
 * of staff costs (866/2021 §9(1), §11(1); {@code domain/finnish-rules.md} §1.2).
 */
@HankeStyle
@Value.Immutable
abstract class FlatRateConditionsDef {
  /** @return the share of staff costs that purchased services must reach (30 %) */
  public abstract Percentage purchasedServicesShareOfStaff();

  /** @return the share of staff costs that travel must reach (20 %) */
  public abstract Percentage travelShareOfStaff();

  /** @return whether a plan without staff costs qualifies on that ground alone */
  @Value.Default
  public boolean qualifiesWithoutStaffCosts() {
    return true;
  }
}

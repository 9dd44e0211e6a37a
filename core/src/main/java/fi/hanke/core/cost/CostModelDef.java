package fi.hanke.core.cost;

import fi.hanke.core.internal.HankeStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The cost-model choices that govern a cost estimate (<i>kustannusarviota ohjaavat kustannusmallivalinnat</i>,
 * sv. <i>val av kostnadsmodell</i>): the cost option, how staff and travel costs are declared, and whether
 * VAT is included. The funding authority fixes them for the whole implementation period.
 *
 * <pre>{@code
 * CostModel model = CostModel.builder()
 *     .option(CostOption.FLAT_RATE_7)
 *     .staffCostModel(StaffCostModel.UNIT_COST_1720)
 *     .travelCostModel(TravelCostModel.UNIT_COSTS)
 *     .vatIncluded(false)
 *     .build();
 * }</pre>
 */
@HankeStyle
@Value.Immutable
abstract class CostModelDef {
  /** @return the cost option ("Kustannusmalli") */
  public abstract CostOption option();

  /** @return how staff costs are declared ("Palkkakustannusten ilmoitustapa"), if the document says */
  public abstract Optional<StaffCostModel> staffCostModel();

  /** @return how travel costs are declared ("Matkakustannusten ilmoitustapa"), if the document says */
  public abstract Optional<TravelCostModel> travelCostModel();

  /** @return whether VAT is included in the costs ("Sisältyykö arvonlisävero kustannuksiin?"), if stated */
  public abstract Optional<Boolean> vatIncluded();
}

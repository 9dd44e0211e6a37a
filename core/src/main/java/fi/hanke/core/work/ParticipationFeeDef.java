package fi.hanke.core.work;

import fi.hanke.core.internal.HankeStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A participation fee charged from participants (<i>osallistumismaksu</i>, sv. <i>deltagaravgift</i>), with
 * its tiers and the member that invoices it. Fees are project income.
 */
@HankeStyle
@Value.Immutable
abstract class ParticipationFeeDef {
  /** @return what the fee is for, as the document writes it */
  public abstract Optional<String> description();

  /** @return the tiers; one tier without a condition for a flat fee */
  public abstract List<FeeTier> tiers();

  /** @return the key of the group member that invoices the fee ("laskuttaa"), if stated */
  public abstract Optional<String> collectedBy();
}

package fi.hanke.core.imports;

import fi.hanke.core.internal.HankeStyle;
import org.immutables.value.Value;

/**
 * A figure the importer read (<i>luettu luku tai tieto</i>, sv. <i>inläst uppgift</i>): where it went in the
 * model, its value as the model holds it, and where in the text it stands.
 *
 * <p>The path names the field as validation paths do, with the document's index first for lists:
 * {@code plan.fundingPlan.EU_AND_STATE.applied}, {@code costEstimate.statedNetApplied},
 * {@code members[1].organisation.businessId}.
 */
@HankeStyle
@Value.Immutable
abstract class FigureDef {
  /** @return which document of the result the figure belongs to, from 0 */
  @Value.Default
  public int document() {
    return 0;
  }

  /** @return the field in the model, e.g. "plan.costEstimate.STAFF.applied" */
  public abstract String path();

  /**
   * @return the value as the model holds it, in a plain form: amounts in euros with two decimals
   *     ("1094496.00"), rates and points as decimals ("80", "20.5"), dates ISO-8601, business ids
   *     "NNNNNNN-C", names and codes as written
   */
  public abstract String value();

  /** @return where the figure stands in the text */
  public abstract SourceSpan source();
}

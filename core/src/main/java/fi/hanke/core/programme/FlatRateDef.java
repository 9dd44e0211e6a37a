package fi.hanke.core.programme;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.cost.FlatRateBase;
import fi.hanke.core.money.Percentage;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A flat-rate option as the programme defines it (<i>prosenttimääräinen korvaus</i>, sv.
 * <i>schablonersättning</i>): its rate, the cost lines of its base, the lines that may be claimed beside it,
 * the funds that may use it, its conditions, when it is in force, and the legal source.
 */
@HankeStyle
@Value.Immutable
abstract class FlatRateDef {
  /** @return the cost option this defines */
  public abstract CostOption option();

  /** @return the rate, e.g. 40 % */
  public abstract Percentage rate();

  /** @return what the rate is a percentage of */
  public abstract FlatRateBase base();

  /** @return the cost lines that make up the base */
  public abstract List<CostCategory> baseCategories();

  /** @return the cost lines that may carry an amount under this option (besides them, none may) */
  public abstract List<CostCategory> claimableCategories();

  /** @return the funds whose projects may use the option */
  public abstract List<Fund> funds();

  /**
   * @return the project types whose projects may use the option (866/2021 §8: 40 % only in development projects;
   *     §10: 1,5 % in investment projects and the investments of development projects); empty if any may
   */
  public abstract List<ProjectType> projectTypes();

  /** @return the conditions of use, if the option has any */
  public abstract Optional<FlatRateConditions> conditions();

  /** @return when the option is in force */
  public abstract Validity validity();

  /** @return the legal source, e.g. "866/2021 §8" */
  public abstract String source();
}

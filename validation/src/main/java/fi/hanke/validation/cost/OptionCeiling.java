package fi.hanke.validation.cost;

import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostModel;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.programme.Dated;
import fi.hanke.core.programme.ProgrammeProfile;
import fi.hanke.core.project.Project;
import fi.hanke.validation.RuleContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.javamoney.moneta.FastMoney;

/**
 * The guard shared by the rules that compare a project's total cost with a dated ceiling of its cost option
 * (<i>kustannusmallin euroraja</i>, sv. <i>kostnadsalternativets beloppsgräns</i>): the project states a cost model
 * with the option and a cost estimate, and the profile has the ceiling on the deciding date.
 */
final class OptionCeiling {
  /** The project's cost estimate. */
  final CostEstimate estimate;
  /** The ceiling on the deciding date. */
  final FastMoney maximum;

  private OptionCeiling(CostEstimate estimate, FastMoney maximum) {
    this.estimate = estimate;
    this.maximum = maximum;
  }

  /**
   * @param option the cost option the rule is about
   * @param key the name of the ceiling in the profile, under which the validator keeps the answer for undated
   *     documents
   * @param ceiling the profile's dated values of the ceiling
   * @return the estimate and the ceiling, or empty when the project does not use the option, states no estimate
   *     or the profile has no ceiling on the deciding date (the rule then has nothing to check)
   */
  static Optional<OptionCeiling> of(Project project, RuleContext context, CostOption option, String key,
      Function<ProgrammeProfile, List<Dated<FastMoney>>> ceiling) {
    Optional<CostModel> model = project.costModel();
    Optional<CostEstimate> estimate = project.costEstimate();
    if (model.isEmpty() || estimate.isEmpty() || model.get().option() != option) {
      return Optional.empty();
    }
    return context.onDecidingDate(project, key, d -> Dated.on(ceiling.apply(context.profile()), d))
        .map(maximum -> new OptionCeiling(estimate.get(), maximum));
  }
}

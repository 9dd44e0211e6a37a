package fi.hanke.validation.work;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Participation fees show as income (<i>osallistumismaksut ovat hankkeen tuloja</i>, sv. <i>deltagaravgifter är
 * projektets intäkter</i>): a project whose work packages charge fees has an income line in its cost estimate,
 * since fees of paid events are income deducted from the eligible costs. Only on a whole cost table, where a line
 * not printed is zero. A package whose de minimis measures take the companies' own contributions is left out: the
 * decree lets de minimis rules treat income otherwise, and the fee may be that contribution, booked as funding. A
 * WARNING, not an ERROR: a person must look at how the fees are booked.
 *
 * <p>Source: 866/2021 §4; 757/2021 §17(3), §27(3); {@code domain/finnish-rules.md} §1.8;
 * {@code domain/audit-2026.md} §3 rank 5.
 */
public final class FeesWithoutIncome extends Rule {
  /** The rule id. */
  public static final String ID = "WORK-FEES-WITHOUT-INCOME";

  /** Creates the rule. */
  public FeesWithoutIncome() {
    super(ID, Severity.WARNING, Family.WORK,
        "A project whose work packages charge participation fees has income in its cost estimate.",
        "866/2021 §4; 757/2021 §17(3); finnish-rules.md §1.8; audit-2026.md §3 rank 5",
        Set.of(Fact.PARTICIPATION_FEES, Fact.COST_LINES, Fact.IN_PROFILE),
        Argument.of("workPackages", List.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<CostEstimate> estimate = project.costEstimate();
    if (estimate.isEmpty()) {
      return;
    }
    boolean income = estimate.get().lines().stream()
        .filter(l -> l.category() == CostCategory.INCOME).map(CostLine::applied).anyMatch(a -> !a.isZero());
    List<String> charging = project.workPackages().stream()
        .filter(w -> !w.participationFees().isEmpty())
        // a package whose de minimis measures take own contributions may book the fees as those (funding)
        .filter(w -> w.deMinimisMeasures().stream().allMatch(m -> m.contributions().isEmpty()))
        .map(WorkPackage::code).toList();
    if (!income && !charging.isEmpty()) {
      context.report(Path.root().field("costEstimate").field(CostCategory.INCOME.name()), "workPackages", charging);
    }
  }
}

package fi.hanke.validation.cost;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * No cost line is approved above what was applied for (<i>hyväksytty määrä ei ylitä haettua</i>); the
 * rejected amount ("Hylätyt") is never negative. Income lines are exempt: approving more income only lowers
 * the net cost.
 *
 * <p>Source: {@code domain/finnish-rules.md} §2, Open questions 9 (the meaning of haettu / hyväksytty / hylätty).
 */
public final class ApprovedAboveApplied extends Rule {
  /** The rule id. */
  public static final String ID = "COST-APPROVED-ABOVE-APPLIED";

  /** Creates the rule. */
  public ApprovedAboveApplied() {
    super(ID, Severity.ERROR, Family.COST,
        "No cost line is approved above the amount applied for.",
        "finnish-rules.md §2",
        Set.of(Fact.COST_ESTIMATE),
        Argument.of("category", CostCategory.class),
        Argument.of("applied", MonetaryAmount.class),
        Argument.of("approved", MonetaryAmount.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<CostEstimate> estimate = project.costEstimate();
    if (estimate.isEmpty()) {
      return;
    }
    for (CostLine line : estimate.get().lines()) {
      if (!line.category().isDeducted() && line.approved().isPresent()
          && Eur.decimal(line.approved().get()).compareTo(Eur.decimal(line.applied())) > 0) {
        context.report(Path.root().field("costEstimate").field(line.category().name()),
            "category", line.category(), "applied", line.applied(), "approved", line.approved().get());
      }
    }
  }
}

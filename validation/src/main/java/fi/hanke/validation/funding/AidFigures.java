package fi.hanke.validation.funding;

import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.internal.model.Sums;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.programme.ProjectType;
import fi.hanke.core.project.Project;
import fi.hanke.validation.RuleContext;
import java.math.BigDecimal;
import java.util.Optional;
import org.javamoney.moneta.Money;

/**
 * The figures the aid-ceiling rules compare: the aid, the net cost, and the ceiling of the project type. The aid
 * is a number to the cent; the aid as {@code Money} is made only for a finding ({@link #aid()}).
 */
final class AidFigures {
  final ProjectType type;
  final Percentage ceiling;
  final Money net;
  final BigDecimal aidDecimal;
  private final FundingPlan plan;

  private AidFigures(ProjectType type, Percentage ceiling, Money net, BigDecimal aidDecimal, FundingPlan plan) {
    this.type = type;
    this.ceiling = ceiling;
    this.net = net;
    this.aidDecimal = aidDecimal;
    this.plan = plan;
  }

  /**
   * @return the figures, or empty when the project lacks a cost estimate, a funding plan, a ceiling for its
   *     type on its date, or a positive net cost
   */
  static Optional<AidFigures> of(Project project, RuleContext context) {
    if (project.fundingPlan().isEmpty() || project.costEstimate().isEmpty()) {
      return Optional.empty();
    }
    ProjectType type = project.placement().projectType();
    Optional<Percentage> ceiling = context.profile().aidCeiling(type, context.dateOf(project));
    Money net = project.costEstimate().get().netAppliedAsStated();
    if (ceiling.isEmpty() || !net.isPositive()) {
      return Optional.empty();
    }
    FundingPlan plan = project.fundingPlan().get();
    return Optional.of(new AidFigures(type, ceiling.get(), net, Sums.applied(plan, FundingSource.EU_AND_STATE), plan));
  }

  /** @return the EU and State aid applied for, {@link FundingPlan#aidApplied()} */
  Money aid() {
    return plan.aidApplied();
  }

  /** @return true if the aid covers the whole net cost */
  boolean coversNet() {
    return aidDecimal.compareTo(Eur.decimal(net)) >= 0;
  }
}

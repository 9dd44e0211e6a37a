package fi.hanke.validation.funding;

import fi.hanke.core.money.Percentage;
import fi.hanke.core.programme.ProjectType;
import fi.hanke.core.project.Project;
import fi.hanke.validation.RuleContext;
import java.util.Optional;
import org.javamoney.moneta.Money;

/** The figures the aid-ceiling rules compare: the aid, the net cost, and the ceiling of the project type. */
final class AidFigures {
  final ProjectType type;
  final Percentage ceiling;
  final Money net;
  final Money aid;

  private AidFigures(ProjectType type, Percentage ceiling, Money net, Money aid) {
    this.type = type;
    this.ceiling = ceiling;
    this.net = net;
    this.aid = aid;
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
    return Optional.of(new AidFigures(type, ceiling.get(), net, project.fundingPlan().get().aidApplied()));
  }

  /** @return true if the aid covers the whole net cost */
  boolean coversNet() {
    return !aid.isLessThan(net);
  }
}

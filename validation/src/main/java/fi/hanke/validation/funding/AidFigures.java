package fi.hanke.validation.funding;

import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.internal.model.Sums;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.programme.ProjectType;
import fi.hanke.core.project.Project;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.internal.Figures;
import fi.hanke.validation.internal.Stated;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.javamoney.moneta.FastMoney;

/**
 * The figures the aid-ceiling rules compare: the aid, the net cost, and the ceiling of the project type. The aid
 * is a number to the cent; the aid as {@code FastMoney} is made only for a finding ({@link #aid()}).
 */
final class AidFigures {
  final ProjectType type;
  final Percentage ceiling;
  /** The project's cost the aid is measured against: its net cost, or failing that its funding total. */
  final FastMoney net;
  /** The lowest aid the document's figure allows (the figure itself unless it is hedged). */
  final BigDecimal aidDecimal;
  /** The highest cost the document's figure allows (the figure itself unless it is hedged). */
  final BigDecimal netHigh;
  private final Stated aid;

  private AidFigures(ProjectType type, Percentage ceiling, Stated cost, Stated aid) {
    this.type = type;
    this.ceiling = ceiling;
    this.net = Eur.of(cost.value());
    this.netHigh = cost.high();
    this.aidDecimal = aid.low();
    this.aid = aid;
  }

  /**
   * @return the figures, or empty when the document states no aid or no cost (neither a net cost nor a funding
   *     total), the profile has no ceiling for its type on its date, or the cost is not positive
   */
  static Optional<AidFigures> of(Project project, RuleContext context) {
    Optional<Stated> aid = project.fundingPlan().flatMap(Figures::aid);
    Optional<Stated> cost = Figures.projectCost(project);
    if (aid.isEmpty() || cost.isEmpty()) {
      return Optional.empty();
    }
    ProjectType type = project.placement().projectType();
    Optional<Percentage> ceiling = context.onDecidingDate(project, List.of("aidCeiling", type),
        d -> context.profile().aidCeiling(type, d));
    if (ceiling.isEmpty() || cost.get().high().signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(new AidFigures(type, ceiling.get(), cost.get(), aid.get()));
  }

  /** @return the EU and State aid applied for, as the document states it */
  FastMoney aid() {
    return Eur.of(aid.value());
  }

  /** @return true if the aid certainly covers the whole cost: its lowest allowed amount reaches the highest cost */
  boolean coversNet() {
    return aidDecimal.compareTo(netHigh) >= 0;
  }
}

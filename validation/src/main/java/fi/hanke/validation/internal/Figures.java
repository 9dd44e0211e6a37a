package fi.hanke.validation.internal;

import fi.hanke.core.Coverage;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.cost.CostModel;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.internal.model.Sums;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Hedge;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The figures rules compare, as far as a document states them: stated totals with their hedges, or sums of a
 * table's lines where the table is given in full ({@link Coverage#COMPLETE}); never a sum of a partial table.
 */
public final class Figures {
  private Figures() {}

  /**
   * @param estimate a cost estimate
   * @return true if its whole table is given and it has a line
   */
  public static boolean complete(CostEstimate estimate) {
    return estimate.coverage() == Coverage.COMPLETE && !estimate.lines().isEmpty();
  }

  /**
   * @param plan a funding plan
   * @return true if its whole table is given and it has a line
   */
  public static boolean complete(FundingPlan plan) {
    return plan.coverage() == Coverage.COMPLETE && !plan.lines().isEmpty();
  }

  /**
   * @param estimate a cost estimate given in full
   * @return the net cost its lines give (lines less income), a range where a line is hedged
   */
  public static Stated netOfLines(CostEstimate estimate) {
    if (allExact(estimate.lines(), CostLine::appliedHedge)) {
      return Stated.exact(Sums.netApplied(estimate));
    }
    Stated sum = Stated.exact(BigDecimal.ZERO);
    for (CostLine l : estimate.lines()) {
      Stated line = Stated.of(Eur.decimal(l.applied()), l.appliedHedge());
      sum = l.category().isDeducted() ? sum.minus(line) : sum.plus(line);
    }
    return sum;
  }

  /**
   * @param estimate a cost estimate given in full
   * @return the total cost before income (the operation's total cost, CPR Art. 53(2)–(3)), a range where a line is
   *     hedged
   */
  public static Stated grossOfLines(CostEstimate estimate) {
    Stated sum = Stated.exact(BigDecimal.ZERO);
    for (CostLine l : estimate.lines()) {
      if (!l.category().isDeducted()) {
        sum = sum.plus(Stated.of(Eur.decimal(l.applied()), l.appliedHedge()));
      }
    }
    return sum;
  }

  /**
   * @param plan a funding plan given in full
   * @return the total its lines give, a range where a line is hedged
   */
  public static Stated totalOfLines(FundingPlan plan) {
    if (allExact(plan.lines(), FundingLine::appliedHedge)) {
      return Stated.exact(Sums.totalApplied(plan));
    }
    Stated sum = Stated.exact(BigDecimal.ZERO);
    for (FundingLine l : plan.lines()) {
      sum = sum.plus(Stated.of(Eur.decimal(l.applied()), l.appliedHedge()));
    }
    return sum;
  }

  /** Whether every line's amount is exact: a loop, where a stream per call cost more than the test. */
  private static <T> boolean allExact(List<T> lines, Function<T, Hedge> hedge) {
    for (T l : lines) {
      if (hedge.apply(l) != Hedge.EXACT) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param estimate a cost estimate
   * @return the net cost applied for: as stated, else from its lines if the table is whole, else unknown
   */
  public static Optional<Stated> net(CostEstimate estimate) {
    if (!knowsNet(estimate)) {
      return Optional.empty();
    }
    if (estimate.statedNetApplied().isPresent()) {
      return Optional.of(Stated.of(Eur.decimal(estimate.statedNetApplied().get()), estimate.statedNetAppliedHedge()));
    }
    return Optional.of(netOfLines(estimate));
  }

  /**
   * @param estimate a cost estimate
   * @return true if its net cost is known (stated, or its table whole), without adding anything up
   */
  public static boolean knowsNet(CostEstimate estimate) {
    return estimate.statedNetApplied().isPresent() || complete(estimate);
  }

  /**
   * @param plan a funding plan
   * @return true if its total is known (stated, or the plan whole), without adding anything up
   */
  public static boolean knowsTotal(FundingPlan plan) {
    return plan.statedTotalApplied().isPresent() || complete(plan);
  }

  /**
   * @param plan a funding plan
   * @return true if its EU and State aid is known (a line states it, or the plan is whole)
   */
  public static boolean knowsAid(FundingPlan plan) {
    if (complete(plan)) {
      return true;
    }
    for (FundingLine l : plan.lines()) {
      if (l.source() == FundingSource.EU_AND_STATE) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param group a group project
   * @return true if its totals follow one cost model: every member states its own project with a cost model,
   *     and each is the plan's option (members may use different models, 757/2021 §4(15))
   */
  public static boolean oneCostModel(GroupProject group) {
    Optional<CostOption> option = group.plan().costModel().map(CostModel::option);
    return option.isPresent() && group.members().stream().allMatch(m -> m.project().flatMap(Project::costModel)
        .map(CostModel::option).equals(option));
  }

  /**
   * @param plan a funding plan
   * @return the total applied for: as stated, else from its lines if the plan is whole, else unknown
   */
  public static Optional<Stated> total(FundingPlan plan) {
    if (!knowsTotal(plan)) {
      return Optional.empty();
    }
    if (plan.statedTotalApplied().isPresent()) {
      return Optional.of(Stated.of(Eur.decimal(plan.statedTotalApplied().get()), plan.statedTotalAppliedHedge()));
    }
    return Optional.of(totalOfLines(plan));
  }

  /**
   * @param plan a funding plan
   * @return the EU and State aid applied for: its line as stated, zero when a whole plan has none, else unknown
   */
  public static Optional<Stated> aid(FundingPlan plan) {
    // one pass for the first line's hedge and whether all are exact, where two streams and a filter went
    FundingLine first = null;
    boolean exact = true;
    for (FundingLine l : plan.lines()) {
      if (l.source() == FundingSource.EU_AND_STATE) {
        first = first == null ? l : first;
        exact &= l.appliedHedge() == Hedge.EXACT;
      }
    }
    if (first != null) {
      BigDecimal sum = Sums.applied(plan, FundingSource.EU_AND_STATE);
      return Optional.of(exact ? Stated.exact(sum) : Stated.of(sum, first.appliedHedge()));
    }
    return complete(plan) ? Optional.of(Stated.exact(BigDecimal.ZERO)) : Optional.empty();
  }

  /**
   * The lowest total cost before income that a cost estimate allows (866/2021 §15(1), CPR 53(3)(b) cap the total
   * cost, not the net): the sum of its lines but income where the table is whole, else the net cost plus the
   * income lines it states (the income not stated can only raise the total).
   *
   * @param estimate a cost estimate
   * @return the lowest gross total it allows, or empty when its net cost is unknown
   */
  public static Optional<BigDecimal> grossLow(CostEstimate estimate) {
    if (complete(estimate)) {
      return Optional.of(grossOfLines(estimate).low());
    }
    BigDecimal income = BigDecimal.ZERO;
    for (CostLine l : estimate.lines()) {
      if (l.category().isDeducted()) {
        income = income.add(Stated.of(Eur.decimal(l.applied()), l.appliedHedge()).low());
      }
    }
    BigDecimal stated = income;
    return net(estimate).map(n -> n.low().add(stated));
  }

  /**
   * @param project a project
   * @return its net cost if known, else its funding total if known: what the aid ceiling is measured against
   */
  public static Optional<Stated> projectCost(Project project) {
    Optional<Stated> net = project.costEstimate().flatMap(Figures::net);
    return net.isPresent() ? net : project.fundingPlan().flatMap(Figures::total);
  }
}

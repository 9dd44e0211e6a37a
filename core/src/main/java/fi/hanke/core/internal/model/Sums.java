package fi.hanke.core.internal.model;

import fi.hanke.core.aid.DeMinimisCeiling;
import fi.hanke.core.aid.DeMinimisLedger;
import fi.hanke.core.aid.DeMinimisRegulation;
import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.internal.money.Total;
import fi.hanke.core.money.Eur;
import fi.hanke.core.org.BusinessId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.javamoney.moneta.FastMoney;

/**
 * Internal: the model's sums as numbers with exactly two decimals (<i>summat vertailua varten</i>, sv.
 * <i>summor för jämförelse</i>), for the rules that compare many of them: each is equal to
 * {@link Eur#decimal(javax.money.MonetaryAmount)} of the public accessor it names, without making a
 * {@code FastMoney}. The module exports this package to {@code fi.hanke.validation} only; users call the public
 * accessors.
 */
public final class Sums {

  private Sums() {}

  /**
   * {@code Eur.decimal(estimate.applied(category))}.
   *
   * @param estimate the cost estimate
   * @param category the category
   * @return the amount applied for in the category, for example {@code 314240.00}
   */
  public static BigDecimal applied(CostEstimate estimate, CostCategory category) {
    return Total.sum(estimate.lines(), l -> l.category() == category, CostLine::applied).decimal();
  }

  /**
   * {@code Eur.decimal(estimate.netApplied())}.
   *
   * @param estimate the cost estimate
   * @return Σ lines − income, for example {@code 439936.00}
   */
  public static BigDecimal netApplied(CostEstimate estimate) {
    return Total.net(estimate.lines(), l -> l.category().isDeducted(), CostLine::applied).decimal();
  }

  /**
   * {@code estimate.netApproved().map(Eur::decimal)}.
   *
   * @param estimate the cost estimate
   * @return Σ approved − approved income, or empty when any line lacks an approved amount or there are no lines
   */
  public static Optional<BigDecimal> netApproved(CostEstimate estimate) {
    return Total.netOfAll(estimate.lines(), l -> l.category().isDeducted(), CostLine::approved).map(Total::decimal);
  }

  /**
   * {@code Eur.decimal(plan.applied(source))}.
   *
   * @param plan the funding plan
   * @param source the source
   * @return the amount applied for from the source, for example {@code 351948.00}
   */
  public static BigDecimal applied(FundingPlan plan, FundingSource source) {
    return Total.sum(plan.lines(), l -> l.source() == source, FundingLine::applied).decimal();
  }

  /**
   * {@code Eur.decimal(plan.totalApplied())}.
   *
   * @param plan the funding plan
   * @return Σ of all lines applied for, for example {@code 439936.00}
   */
  public static BigDecimal totalApplied(FundingPlan plan) {
    return Total.sum(plan.lines(), l -> true, FundingLine::applied).decimal();
  }

  /**
   * {@code Eur.cents(ledger.headroom(undertaking, regulation, date))}: the ceiling less the aid in the window,
   * in cents.
   *
   * @param ledger the ledger
   * @param undertaking a business id of the undertaking
   * @param regulation the regulation whose ceiling and window apply
   * @param date the last day of the window
   * @return the headroom in cents; negative when the aid exceeds the ceiling
   * @throws IllegalArgumentException if the regulation is not in force on the date
   */
  public static long headroomCents(DeMinimisLedger ledger, BusinessId undertaking, DeMinimisRegulation regulation,
      LocalDate date) {
    // aidInWindow checks the arguments and that the regulation is in force, as headroom does
    FastMoney aid = ledger.aidInWindow(undertaking, regulation, date);
    DeMinimisCeiling ceiling = ledger.rules().ceiling(regulation, date).orElseThrow();
    return Math.subtractExact(Eur.cents(ceiling.amount()), Eur.cents(aid));
  }
}

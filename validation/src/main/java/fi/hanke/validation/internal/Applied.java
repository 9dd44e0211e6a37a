package fi.hanke.validation.internal;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.internal.money.Total;
import java.math.BigDecimal;
import org.javamoney.moneta.FastMoney;

/**
 * The amounts applied for in each category of a cost estimate, or from each source of a funding plan
 * (<i>haetut summat riveittäin</i>, sv. <i>sökta belopp per rad</i>), added in one pass over the lines: a rule
 * that compares several categories asked {@code applied(category)}, a pass over every line, once per category.
 *
 * @param <K> the category or source
 */
public final class Applied<K extends Enum<K>> {
  private static final BigDecimal NONE = Total.zero().decimal();
  private static final int CATEGORIES = CostCategory.values().length;
  private static final int SOURCES = FundingSource.values().length;

  /** Each key's total by its ordinal; null where no line has the key. */
  private final Total[] totals;

  private Applied(Total[] totals) {
    this.totals = totals;
  }

  /**
   * @param estimate a cost estimate
   * @return the amounts applied for in each category
   */
  public static Applied<CostCategory> of(CostEstimate estimate) {
    Total[] totals = new Total[CATEGORIES];
    for (CostLine l : estimate.lines()) {
      add(totals, l.category().ordinal(), l.applied());
    }
    return new Applied<>(totals);
  }

  /**
   * @param plan a funding plan
   * @return the amounts applied for from each source
   */
  public static Applied<FundingSource> of(FundingPlan plan) {
    Total[] totals = new Total[SOURCES];
    for (FundingLine l : plan.lines()) {
      add(totals, l.source().ordinal(), l.applied());
    }
    return new Applied<>(totals);
  }

  private static void add(Total[] totals, int key, FastMoney amount) {
    if (totals[key] == null) {
      totals[key] = Total.zero();
    }
    totals[key].add(amount);
  }

  /**
   * @param key a category or source
   * @return the amount applied for under it as a number to the cent, zero where none:
   *     {@code Sums.applied(budget, key)}
   */
  public BigDecimal decimal(K key) {
    Total t = totals[key.ordinal()];
    return t == null ? NONE : t.decimal();
  }

  /**
   * Adds the amount applied for under a key to a total.
   *
   * @param key a category or source
   * @param sum the total
   */
  public void addTo(Total sum, K key) {
    Total t = totals[key.ordinal()];
    if (t != null) {
      sum.add(t);
    }
  }
}

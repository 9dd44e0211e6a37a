package fi.hanke.core.cost;

import fi.hanke.core.Coverage;
import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.internal.money.Total;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Hedge;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.javamoney.moneta.FastMoney;

/**
 * The cost estimate of a project (<i>kustannusarvio</i>, sv. <i>kostnadsförslag</i>): its lines in document
 * order and the totals the document states ("Nettokustannusarvio yhteensä", "Kustannukset yhteensä").
 *
 * <p>The stated totals are kept as printed, right or wrong; {@link #netApplied()} computes the net cost from
 * the lines (all lines added, income deducted) so that a rule can compare the two.
 *
 * <p>Every sum of the lines is an amount: an estimate whose lines' applied amounts (or approved amounts) add
 * up, in absolute value, beyond the range of an amount (±92 233 720 368 547,75 €) is refused at construction
 * with an {@link IllegalArgumentException} that names the field and the sum, so that {@link #applied},
 * {@link #netApplied()} and {@link #netApproved()} never overflow.
 *
 * <pre>{@code
 * CostEstimate estimate = CostEstimate.builder()
 *     .addLine(CostLine.builder().category(CostCategory.STAFF).applied(Eur.of(314_240)).build())
 *     .addLine(CostLine.builder().category(CostCategory.FLAT_RATE).applied(Eur.of(125_696)).build())
 *     .statedNetApplied(Eur.of(439_936))
 *     .build();
 * }</pre>
 */
@HankeStyle
@Value.Immutable
abstract class CostEstimateDef {
  /** @return the layout the document prints the estimate in */
  @Value.Default
  public CostLayout layout() {
    return CostLayout.EURA;
  }

  /** @return the lines, in document order; a category may be absent (the document leaves it empty) */
  public abstract List<CostLine> lines();

  /** @return the net total applied for, as the document states it ("Nettokustannusarvio yhteensä") */
  public abstract Optional<FastMoney> statedNetApplied();

  /**
   * @return how much of the table the document gives: {@link Coverage#COMPLETE} (the default: a line not
   *     printed is zero) or {@link Coverage#PARTIAL} (only the stated lines and totals are known)
   */
  @Value.Default
  public Coverage coverage() {
    return Coverage.COMPLETE;
  }

  /** @return how the net total applied for is stated: exactly (the default), as at most, or as about */
  @Value.Default
  public Hedge statedNetAppliedHedge() {
    return Hedge.EXACT;
  }

  /** @return the net total approved, as the document states it */
  public abstract Optional<FastMoney> statedNetApproved();

  /**
   * The first line of a category.
   *
   * @param category the category
   * @return the line, or empty if the document has none
   */
  public Optional<CostLine> line(CostCategory category) {
    for (CostLine line : lines()) {
      if (line.category() == category) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  /**
   * The amount applied for in a category (all its lines added), zero when absent.
   *
   * @param category the category
   * @return the amount, never null
   */
  public FastMoney applied(CostCategory category) {
    return Total.sum(lines(), l -> l.category() == category, CostLine::applied).money();
  }

  /**
   * The net cost applied for, computed from the lines: every line added, income deducted.
   *
   * @return Σ lines − income
   */
  public FastMoney netApplied() {
    return Total.net(lines(), l -> l.category().isDeducted(), CostLine::applied).money();
  }

  /**
   * The net cost the rest of the document relies on: the stated net total where the document states one,
   * else the net computed from the lines.
   *
   * @return the stated or computed net cost applied for
   */
  public FastMoney netAppliedAsStated() {
    return statedNetApplied().orElseGet(this::netApplied);
  }

  /**
   * The net cost approved, computed from the lines, if every line has an approved amount.
   *
   * @return Σ approved − approved income, or empty when any line lacks an approved amount or there are no lines
   */
  public Optional<FastMoney> netApproved() {
    return Total.netOfAll(lines(), l -> l.category().isDeducted(), CostLine::approved).map(Total::money);
  }

  @Value.Check
  void check() {
    statedNetApplied().ifPresent(a -> Eur.require(a, "statedNetApplied"));
    statedNetApproved().ifPresent(a -> Eur.require(a, "statedNetApproved"));
    Total.absoluteSum(lines(), l -> Optional.of(l.applied())).requireFits("lines[].applied");
    Total.absoluteSum(lines(), CostLine::approved).requireFits("lines[].approved");
  }
}

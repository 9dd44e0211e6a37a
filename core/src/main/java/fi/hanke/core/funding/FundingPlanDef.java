package fi.hanke.core.funding;

import fi.hanke.core.Coverage;
import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.internal.money.Total;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Hedge;
import fi.hanke.core.money.Percentage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.javamoney.moneta.FastMoney;

/**
 * The funding plan of a project (<i>rahoitussuunnitelma</i>, sv. <i>finansieringsplan</i>): its lines by
 * source in document order, the totals and aid rate the document states, and an optional split of the aid
 * by region. Shares are derived, never stored as truth.
 *
 * <p>Every sum of the plan is an amount: a plan whose lines' applied amounts, approved amounts or regional
 * split add up, in absolute value, beyond the range of an amount (±92 233 720 368 547,75 €) is refused at
 * construction with an {@link IllegalArgumentException} that names the field and the sum, so that
 * {@link #applied}, {@link #totalApplied()}, {@link #totalApproved()} and {@link #aidApplied()} never overflow.
 *
 * <pre>{@code
 * FundingPlan plan = FundingPlan.builder()
 *     .addLine(FundingLine.builder().source(FundingSource.EU_AND_STATE).applied(Eur.of(351_948)).build())
 *     .addLine(FundingLine.builder().source(FundingSource.OWN_PRIVATE).applied(Eur.of(87_988)).build())
 *     .statedTotalApplied(Eur.of(439_936))
 *     .build();
 * }</pre>
 */
@HankeStyle
@Value.Immutable
abstract class FundingPlanDef {
  /** @return the lines, in document order */
  public abstract List<FundingLine> lines();

  /** @return the total applied for as the document states it ("Rahoitussuunnitelma yhteensä") */
  public abstract Optional<FastMoney> statedTotalApplied();

  /** @return how the total applied for is stated: exactly (the default), as at most, or as about */
  @Value.Default
  public Hedge statedTotalAppliedHedge() {
    return Hedge.EXACT;
  }

  /**
   * @return how much of the table the document gives: {@link Coverage#COMPLETE} (the default: a source not
   *     printed is zero) or {@link Coverage#PARTIAL} (only the stated lines and totals are known)
   */
  @Value.Default
  public Coverage coverage() {
    return Coverage.COMPLETE;
  }

  /** @return the total approved as the document states it */
  public abstract Optional<FastMoney> statedTotalApproved();

  /** @return the aid rate the document states (e.g. "EU + valtio 80%", "tuen enimmäismäärä … 80%") */
  public abstract Optional<Percentage> statedAidRate();

  /** @return the split of the aid by region, if the document gives one */
  public abstract List<RegionalAidShare> regionalSplit();

  /**
   * The amount applied for from a source (all its lines added), zero when absent.
   *
   * @param source the source
   * @return the amount
   */
  public FastMoney applied(FundingSource source) {
    return Total.sum(lines(), l -> l.source() == source, FundingLine::applied).money();
  }

  /** @return Σ of all lines applied for */
  public FastMoney totalApplied() {
    return Total.sum(lines(), l -> true, FundingLine::applied).money();
  }

  /**
   * @return Σ of all lines approved, or empty when any line lacks an approved amount or there are no lines
   */
  public Optional<FastMoney> totalApproved() {
    List<FastMoney> approved = new ArrayList<>(lines().size());
    for (FundingLine line : lines()) {
      if (line.approved().isEmpty()) {
        return Optional.empty();
      }
      approved.add(line.approved().get());
    }
    return approved.isEmpty() ? Optional.empty() : Optional.of(Eur.sum(approved));
  }

  /** @return the EU and State aid applied for */
  public FastMoney aidApplied() {
    return applied(FundingSource.EU_AND_STATE);
  }

  /**
   * The first line of a source.
   *
   * @param source the source
   * @return the line, or empty
   */
  public Optional<FundingLine> line(FundingSource source) {
    for (FundingLine line : lines()) {
      if (line.source() == source) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    statedTotalApplied().ifPresent(a -> Eur.require(a, "statedTotalApplied"));
    statedTotalApproved().ifPresent(a -> Eur.require(a, "statedTotalApproved"));
    Total.absoluteSum(lines(), l -> Optional.of(l.applied())).requireFits("lines[].applied");
    Total.absoluteSum(lines(), FundingLine::approved).requireFits("lines[].approved");
    Total.absoluteSum(regionalSplit(), s -> Optional.of(s.amount())).requireFits("regionalSplit[].amount");
  }
}

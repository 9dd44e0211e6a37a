package fi.hanke.validation.work;

import fi.hanke.core.money.Eur;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.SizeClassAmount;
import java.util.Locale;
import java.util.Optional;
import org.javamoney.moneta.FastMoney;

/** What the de minimis rules share: the size named in a finding, and the contribution an entry stands for. */
final class DeMinimisSizes {
  /** The size argument of an entry without a size class: it applies to every company. */
  static final String ALL = "kaikki";

  /** The language of the size-class names the findings carry. */
  private static final Locale FINNISH = new Locale("fi");

  private DeMinimisSizes() {}

  /**
   * @param entry an amount, by size class or for all
   * @return the Finnish name of its size class, or "kaikki"
   */
  static String name(SizeClassAmount entry) {
    return entry.size().map(s -> s.displayName(FINNISH)).orElse(ALL);
  }

  /**
   * The own contribution that goes with an entry: for a size class, what a company of that size pays (its own
   * entry, else the entry for all sizes, else zero); for an entry without a size, the contribution without a
   * size (the last one, as {@link DeMinimisMeasure#contributionFor} reads it), else zero.
   *
   * @param measure the measure
   * @param entry a stated aid entry
   * @return the contribution
   */
  static FastMoney contributionFor(DeMinimisMeasure measure, SizeClassAmount entry) {
    if (entry.size().isPresent()) {
      return measure.contributionFor(entry.size().get());
    }
    Optional<FastMoney> any = Optional.empty();
    for (SizeClassAmount c : measure.contributions()) {
      if (c.size().isEmpty()) {
        any = Optional.of(c.amount());
      }
    }
    return any.orElse(Eur.zero());
  }
}

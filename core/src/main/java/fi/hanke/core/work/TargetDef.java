package fi.hanke.core.work;

import fi.hanke.core.internal.HankeStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A quantified target of a project or work package (<i>tavoite</i>, sv. <i>mål</i>): a quantity, or a range
 * ("25–30 blogikirjoitusta"), of a unit, with optional breakdowns that must add up.
 *
 * <pre>{@code
 * Target analyses = Target.builder()
 *     .description("Asiakasarvoanalyysi kohderyhmän yritykselle")
 *     .quantity(250).unit("yritystä")
 *     .addBreakdown(Breakdown.builder().dimension("maakunta")
 *         .addPart(BreakdownPart.of("Pohjois-Karjala", 100))
 *         .addPart(BreakdownPart.of("Pohjois-Savo", 100))
 *         .addPart(BreakdownPart.of("Etelä-Savo", 50))
 *         .build())
 *     .build();
 * }</pre>
 */
@HankeStyle
@Value.Immutable
abstract class TargetDef {
  /** @return what is counted, as the document writes it */
  public abstract String description();

  /** @return the quantity, or the lower end of a range */
  public abstract long quantity();

  /** @return the upper end of a range ("25–30"), if the target is a range */
  public abstract Optional<Long> upTo();

  /** @return how the quantity is meant (at least, about, at most), where the document says */
  public abstract Optional<TargetBound> bound();

  /** @return the unit, e.g. "yritystä", "henkilöä", "kpl" */
  public abstract Optional<String> unit();

  /** @return the indicator code (e.g. EECO11, RCO01), if the document gives one */
  public abstract Optional<String> indicator();

  /** @return the breakdowns, in document order */
  public abstract List<Breakdown> breakdowns();

  /** @return true if the target is a range */
  public boolean isRange() {
    return upTo().isPresent();
  }

  @Value.Check
  void check() {
    if (quantity() < 0) {
      throw new IllegalArgumentException("target '" + description() + "' has a negative quantity: " + quantity());
    }
    upTo().ifPresent(u -> {
      if (u < 0) {
        throw new IllegalArgumentException("target '" + description() + "' has a negative upper end: " + u);
      }
    });
  }
}

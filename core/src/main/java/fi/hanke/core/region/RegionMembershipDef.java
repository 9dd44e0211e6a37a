package fi.hanke.core.region;

import fi.hanke.core.internal.HankeStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A municipality's membership of a region over a period (<i>maakuntajäsenyys</i>, sv.
 * <i>landskapstillhörighet</i>): the region and the first and last day, both inclusive and both open
 * when absent.
 */
@HankeStyle
@Value.Immutable
abstract class RegionMembershipDef {

  /**
   * The region (<i>maakunta</i>).
   *
   * @return the region
   */
  public abstract Region region();

  /**
   * The first day of the membership (inclusive); empty when it has been in force since before the
   * catalogue's history begins.
   *
   * @return the first day, if bounded
   */
  public abstract Optional<LocalDate> validFrom();

  /**
   * The last day of the membership (inclusive); empty when still in force.
   *
   * @return the last day, if bounded
   */
  public abstract Optional<LocalDate> validUntil();

  /**
   * Whether the membership is in force on the given day.
   *
   * @param date the day
   * @return {@code true} when {@code validFrom <= date <= validUntil}, open ends counting as unbounded
   */
  public boolean isValidOn(LocalDate date) {
    return (validFrom().isEmpty() || !date.isBefore(validFrom().get()))
        && (validUntil().isEmpty() || !date.isAfter(validUntil().get()));
  }

  @Value.Check
  void check() {
    if (validFrom().isPresent() && validUntil().isPresent()) {
      Checks.require(!validUntil().get().isBefore(validFrom().get()), "RegionMembership.validUntil",
          "must not be before validFrom " + validFrom().get(), validUntil().get());
    }
  }
}

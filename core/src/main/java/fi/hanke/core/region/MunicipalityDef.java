package fi.hanke.core.region;

import fi.hanke.core.internal.HankeStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A municipality of Finland (<i>kunta</i>, sv. <i>kommun</i>): Statistics Finland's three-digit code,
 * the Finnish and Swedish names and its dated region memberships.
 *
 * <p>Memberships are in date order and do not overlap; a municipality that no longer exists (such as
 * Honkajoki, merged into Kankaanpää on 2021-01-01) has a last membership with an end date.
 */
@HankeStyle
@Value.Immutable
abstract class MunicipalityDef {

  /**
   * The municipality code (<i>kuntanumero</i>), three digits such as {@code "090"}.
   *
   * @return the three-digit code
   */
  public abstract String code();

  /**
   * The Finnish name (<i>nimi suomeksi</i>), e.g. {@code "Mikkeli"}.
   *
   * @return the Finnish name
   */
  public abstract String nameFi();

  /**
   * The Swedish name (<i>nimi ruotsiksi</i>), e.g. {@code "S:t Michel"}; the Finnish name where the
   * municipality has no Swedish one.
   *
   * @return the Swedish name
   */
  public abstract String nameSv();

  /**
   * The region memberships (<i>maakuntajäsenyydet</i>) in date order, at least one.
   *
   * @return the memberships, oldest first
   */
  public abstract List<RegionMembership> memberships();

  /**
   * The region the municipality belonged to on the given day.
   *
   * @param date the day
   * @return the region, or empty when the municipality did not exist (in this catalogue) on that day
   */
  public Optional<Region> regionOn(LocalDate date) {
    for (RegionMembership m : memberships()) {
      if (m.isValidOn(date)) {
        return Optional.of(m.region());
      }
    }
    return Optional.empty();
  }

  /**
   * The name in the given language: Swedish for a Swedish locale, otherwise Finnish.
   *
   * @param locale the locale whose language decides
   * @return {@link #nameSv()} when the locale's language is {@code sv}, else {@link #nameFi()}
   */
  public String displayName(Locale locale) {
    return "sv".equals(locale.getLanguage()) ? nameSv() : nameFi();
  }

  @Value.Check
  void check() {
    Checks.require(code().matches("[0-9]{3}"), "Municipality.code", "must be three digits", code());
    Checks.requireNotBlank(nameFi(), "Municipality.nameFi");
    Checks.requireNotBlank(nameSv(), "Municipality.nameSv");
    Checks.require(!memberships().isEmpty(), "Municipality.memberships",
        "must not be empty for municipality " + code(), memberships());
    for (int i = 1; i < memberships().size(); i++) {
      RegionMembership previous = memberships().get(i - 1);
      RegionMembership next = memberships().get(i);
      boolean ordered = previous.validUntil().isPresent() && next.validFrom().isPresent()
          && previous.validUntil().get().isBefore(next.validFrom().get());
      Checks.require(ordered, "Municipality.memberships",
          "must be in date order without overlap for municipality " + code(), memberships());
    }
  }
}

package fi.hanke.core.region;

import fi.hanke.core.internal.HankeStyle;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A region of Finland (<i>maakunta</i>, sv. <i>landskap</i>): Statistics Finland's two-digit statistical
 * code, the Finnish and Swedish names and the NUTS 3 code.
 *
 * <p>Ahvenanmaa (code 21, sv. Åland) is a region too but lies outside the mainland programme
 * <i>Uudistuva ja osaava Suomi 2021–2027</i>; {@link #isMainland()} tells it apart.
 */
@HankeStyle
@Value.Immutable
abstract class RegionDef {

  /** Statistics Finland code of Ahvenanmaa, the one region outside mainland Finland. */
  static final String AHVENANMAA_CODE = "21";

  /**
   * The statistical code (<i>maakuntakoodi</i>), two digits such as {@code "01"} or {@code "12"}.
   *
   * @return the two-digit code
   */
  public abstract String code();

  /**
   * The Finnish name (<i>nimi suomeksi</i>), e.g. {@code "Pohjois-Karjala"}.
   *
   * @return the Finnish name
   */
  public abstract String nameFi();

  /**
   * The Swedish name (<i>nimi ruotsiksi</i>, sv. <i>namn på svenska</i>), e.g. {@code "Norra Karelen"}.
   *
   * @return the Swedish name
   */
  public abstract String nameSv();

  /**
   * The NUTS 3 code (<i>NUTS 3 -alue</i>), e.g. {@code "FI1D3"}.
   *
   * @return the NUTS 3 code
   */
  public abstract String nuts3();

  /**
   * The name in the given language: Swedish for a Swedish locale, otherwise Finnish.
   *
   * @param locale the locale whose language decides
   * @return {@link #nameSv()} when the locale's language is {@code sv}, else {@link #nameFi()}
   */
  public String displayName(Locale locale) {
    return "sv".equals(locale.getLanguage()) ? nameSv() : nameFi();
  }

  /**
   * Whether this region is in mainland Finland (<i>Manner-Suomi</i>) and so in the programme's area.
   *
   * @return {@code false} only for Ahvenanmaa (21)
   */
  public boolean isMainland() {
    return !AHVENANMAA_CODE.equals(code());
  }

  @Value.Check
  void check() {
    Checks.require(code().matches("[0-9]{2}"), "Region.code", "must be two digits", code());
    Checks.requireNotBlank(nameFi(), "Region.nameFi");
    Checks.requireNotBlank(nameSv(), "Region.nameSv");
    Checks.require(nuts3().matches("FI[0-9A-Z]{3}"), "Region.nuts3", "must look like FI1D3", nuts3());
  }
}

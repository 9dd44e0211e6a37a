package fi.hanke.core.aid;

import fi.hanke.core.internal.HankeStyle;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Another enterprise whose figures count towards an enterprise's size (<i>kumppani- tai sidosyritys</i>, sv.
 * <i>partnerföretag eller anknutet företag</i>): the larger of the capital or voting rights one holds in the
 * other, upstream or downstream, and whether one controls the other by other means. Below 25 % the enterprise
 * is autonomous of it; from 25 % to 50 % it is a partner and its figures count pro rata; above 50 %, or with
 * control, it is linked and its figures count in full (Recommendation 2003/361/EC, Annex Art. 3 and 6;
 * {@code domain/finnish-rules.md} §7).
 */
@HankeStyle
@Value.Immutable
abstract class RelatedEnterpriseDef {
  /** @return the related enterprise's own figures */
  public abstract EnterpriseFigures figures();

  /** @return the holding in per cent (0–100) */
  public abstract BigDecimal holdingPercent();

  /** @return true if one controls the other by a board majority, contract or shareholder agreement */
  @Value.Default
  public boolean control() {
    return false;
  }

  /** @return true if the enterprise is linked: holding above 50 % or control */
  public boolean linked() {
    return control() || holdingPercent().compareTo(BigDecimal.valueOf(50)) > 0;
  }

  /** @return true if the enterprise is a partner: holding from 25 % to 50 % and no control */
  public boolean partner() {
    return !linked() && holdingPercent().compareTo(BigDecimal.valueOf(25)) >= 0;
  }

  @Value.Check
  void check() {
    if (holdingPercent().signum() < 0 || holdingPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("holding must be 0–100 %: " + holdingPercent());
    }
  }
}

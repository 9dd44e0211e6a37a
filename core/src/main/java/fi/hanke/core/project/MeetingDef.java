package fi.hanke.core.project;

import fi.hanke.core.internal.HankeStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A meeting that handled the project (<i>käsittely kokouksessa</i>, sv. <i>behandling i möte</i>): the body
 * (hankeryhmä, rahoituskokous, MYR-sihteeristö, MYR) and the date.
 */
@HankeStyle
@Value.Immutable
abstract class MeetingDef {
  /** @return the body, as the document writes it */
  @Value.Parameter
  public abstract String body();

  /** @return the date of the meeting */
  @Value.Parameter
  public abstract LocalDate date();

  /** @return a note, e.g. "tiedoksi" (for information) */
  public abstract Optional<String> note();
}

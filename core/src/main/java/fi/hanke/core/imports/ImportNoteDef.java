package fi.hanke.core.imports;

import fi.hanke.core.internal.HankeStyle;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A note of the importer (<i>tuontihuomautus</i>, sv. <i>importanmärkning</i>): a field it saw but could not
 * read, a field the layout normally holds that the document lacks, a field stated twice differently, or how
 * it read something. Shown to people in Finnish, Swedish or English through {@link #message(Locale)}.
 */
@HankeStyle
@Value.Immutable
abstract class ImportNoteDef {
  /** @return what the note says */
  public abstract NoteKind kind();

  /** @return which document of the result the note is about, from 0 (0 also for the whole text) */
  @Value.Default
  public int document() {
    return 0;
  }

  /** @return the field as the document names it, in Finnish, e.g. "Nettokustannusarvio yhteensä" */
  public abstract String field();

  /** @return the path of the field in the model where there is one, e.g. "plan.costEstimate.statedNetApplied" */
  public abstract Optional<String> path();

  /** @return the value or text concerned, as the document writes it */
  public abstract Optional<String> value();

  /** @return where in the text the note points, if anywhere */
  public abstract Optional<SourceSpan> source();

  /** @return a detail in Finnish, Swedish and English for {@link NoteKind#MISSING} and {@link NoteKind#INFO} */
  public abstract Optional<fi.hanke.core.Term> detail();

  /**
   * The note for people.
   *
   * @param locale fi, sv or en (anything else gives Finnish)
   * @return e.g. {@code Kohtaa "Kunnat" ei voitu lukea: "Kemijoki". Tieto jätettiin esittämättömäksi.}
   */
  public String message(Locale locale) {
    String detail = detail().map(d -> d.in(locale)).orElse("");
    String template = kind().template(locale);
    switch (kind()) {
      case MISSING:
        return String.format(template, field(), detail.isEmpty() ? "" : " (" + detail + ")");
      case INFO:
        return String.format(template, field(), detail.isEmpty() ? value().orElse("") : detail);
      default:
        return String.format(template, field(), value().orElse(""));
    }
  }
}

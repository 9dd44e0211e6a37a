package fi.hanke.examples;

import com.fasterxml.jackson.core.JsonGenerator;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.examples.pictures.ProjectPictures;
import fi.hanke.examples.summary.EuraSummary;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleCatalogue;
import fi.hanke.validation.internal.Messages;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON bodies of the service's own answers (<i>palvelun vastaukset</i>): the rule catalogue, a document's
 * EURA summary as tables, its pictures. Reports, import notes and the reader's problems are written by the
 * commands' own code ({@link ValidateCommand}, {@link CheckCommand}, {@link ImportCommand}).
 */
final class ServiceJson {
  private static final List<Rule> RULES = RuleCatalogue.standard();

  private ServiceJson() {}

  private static String write(ValidateCommand.Body body) {
    return ValidateCommand.write(body);
  }

  /**
   * The catalogue ({@code hanke-rules/1}), the source of {@code validation/RULES.md}: each rule's id, severity,
   * whether a difference inside the tolerance is reported as INFO, family, what it checks, the facts it needs (with
   * their names in the language), its message template in the language and its source.
   */
  static String rules(Locale locale) {
    return write(g -> {
      g.writeStartObject();
      g.writeStringField("format", "hanke-rules/1");
      g.writeStringField("lang", locale.getLanguage());
      g.writeArrayFieldStart("rules");
      for (Rule r : RULES) {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("severity", r.severity().name());
        g.writeBooleanField("withinTolerance", r.reportsWithinTolerance());
        g.writeStringField("family", r.family().name().toLowerCase(Locale.ROOT));
        g.writeStringField("checks", r.summary());
        g.writeArrayFieldStart("facts");
        for (Fact f : r.facts()) {
          g.writeStartObject();
          g.writeStringField("fact", f.name());
          g.writeStringField("name", f.displayName(locale));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("message", Messages.template(r.id(), locale));
        g.writeStringField("source", r.source());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** The document as EURA summarises it ({@code hanke-summary/1}): {@link EuraSummary}'s tables, as data. */
  static String summary(HankeDocument document, Locale locale) {
    EuraSummary printer = EuraSummary.in(locale);
    EuraSummary.Summary s = document.map(printer::summary, printer::summary);
    return write(g -> {
      g.writeStartObject();
      g.writeStringField("format", "hanke-summary/1");
      g.writeStringField("name", s.name());
      strings(g, "heading", s.heading());
      g.writeArrayFieldStart("tables");
      for (EuraSummary.Table t : s.tables()) {
        g.writeStartObject();
        g.writeStringField("title", t.title());
        strings(g, "columns", t.columns());
        g.writeArrayFieldStart("rows");
        for (EuraSummary.Row r : t.rows()) {
          g.writeStartObject();
          g.writeStringField("kind", r.kind().name());
          g.writeStringField("label", r.label().strip());
          g.writeStringField("applied", r.applied());
          g.writeStringField("approved", r.approved());
          g.writeStringField("share", r.share());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeBooleanField("group", s.group());
      strings(g, "members", s.members());
      g.writeEndObject();
    });
  }

  /**
   * The document's pictures ({@code hanke-pictures/1}): each SVG that could be drawn by its key
   * ({@code funding-plan}, {@code cost-structure}, {@code timeline}), and a sentence for each that could not.
   */
  static String pictures(HankeDocument document, Locale locale) {
    ProjectPictures pictures = ProjectPictures.of(document, locale);
    return write(g -> {
      g.writeStartObject();
      g.writeStringField("format", "hanke-pictures/1");
      g.writeObjectFieldStart("pictures");
      for (Map.Entry<String, String> e : pictures.all().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      strings(g, "notDrawn", pictures.notDrawn());
      g.writeEndObject();
    });
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}

package fi.hanke.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.region.Municipality;
import fi.hanke.core.region.Region;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.money.MonetaryAmount;

/**
 * Writes a {@link ValidationReport} in the report format {@code hanke-report/1}: findings with rule id,
 * severity, path, message key, arguments (amounts as strings with two decimals, rates and decimals as exact
 * strings, dates ISO-8601, enums by name, regions and municipalities by code) and the message in the
 * requested language; counts by severity; {@code approvable}.
 */
final class ReportJson {
  static final String FORMAT = "hanke-report/1";
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  /**
   * As {@code hanke/1} documents are written: two-space indentation, {@code \n} line ends, {@code "name": value}.
   * A pretty printer keeps its nesting level as it writes, so this one is only a template: every report gets its
   * own {@link DefaultPrettyPrinter#createInstance() instance}.
   */
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
      .withObjectEmptySeparator("")
      .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private ReportJson() {
  }

  static void write(ValidationReport report, Locale locale, Writer out, boolean pretty) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        g.setPrettyPrinter(PRETTY.createInstance());
      }
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("language", locale.getLanguage());
      g.writeBooleanField("approvable", report.isApprovable());
      g.writeObjectFieldStart("counts");
      for (Map.Entry<Severity, Integer> e : report.counts().entrySet()) {
        g.writeNumberField(e.getKey().name(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("findings");
      for (Violation v : report.violations()) {
        g.writeStartObject();
        g.writeStringField("ruleId", v.ruleId());
        g.writeStringField("severity", v.severity().name());
        g.writeStringField("path", v.path().toString());
        g.writeStringField("messageKey", v.messageKey());
        g.writeObjectFieldStart("arguments");
        for (Map.Entry<String, Object> a : v.arguments().entrySet()) {
          g.writeFieldName(a.getKey());
          value(g, a.getValue());
        }
        g.writeEndObject();
        g.writeStringField("message", v.message(locale));
        if (v.parametersOn().isPresent()) {
          ParameterDate d = v.parametersOn().get();
          g.writeObjectFieldStart("parametersOn");
          g.writeStringField("basis", d.basis().name());
          if (d.date().isPresent()) {
            g.writeStringField("date", d.date().get().toString());
          }
          g.writeStringField("message", d.message(locale));
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      ReportCoverage coverage = report.coverage();
      g.writeObjectFieldStart("coverage");
      stringArray(g, "checked", coverage.checked());
      stringArray(g, "notApplicable", coverage.notApplicable());
      g.writeArrayFieldStart("notCheckable");
      for (ReportCoverage.Unchecked u : coverage.notCheckable()) {
        g.writeStartObject();
        g.writeStringField("ruleId", u.ruleId());
        g.writeStringField("path", u.path().toString());
        g.writeArrayFieldStart("missing");
        for (Fact f : u.missing()) {
          g.writeString(f.name());
        }
        g.writeEndArray();
        g.writeStringField("message", u.message(locale));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.flush();
      if (pretty) {
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void stringArray(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void value(JsonGenerator g, Object value) throws IOException {
    if (value instanceof MonetaryAmount) {
      g.writeString(Eur.decimal((MonetaryAmount) value).toPlainString());
    } else if (value instanceof BigDecimal) {
      g.writeString(((BigDecimal) value).toPlainString());
    } else if (value instanceof Percentage) {
      g.writeString(((Percentage) value).value().toPlainString());
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      g.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger) {
      g.writeNumber((BigInteger) value);
    } else if (value instanceof Boolean) {
      g.writeBoolean((Boolean) value);
    } else if (value instanceof Enum) {
      g.writeString(((Enum<?>) value).name());
    } else if (value instanceof Region) {
      g.writeString(((Region) value).code());
    } else if (value instanceof Municipality) {
      g.writeString(((Municipality) value).code());
    } else if (value instanceof TemporalAccessor) {
      g.writeString(value.toString());
    } else if (value instanceof Collection) {
      g.writeStartArray();
      for (Object o : (Collection<?>) value) {
        value(g, o);
      }
      g.writeEndArray();
    } else {
      g.writeString(String.valueOf(value));
    }
  }
}

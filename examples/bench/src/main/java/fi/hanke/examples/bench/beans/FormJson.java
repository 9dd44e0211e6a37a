package fi.hanke.examples.bench.beans;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/**
 * The forms as JSON text (<i>lomakkeet JSON-tekstinä</i>, sv. <i>blanketterna som JSON-text</i>), the way a Java
 * team without Hanke would read an application: Jackson databind with the Java time module, dates as ISO-8601
 * strings ({@code "2025-09-01"}, {@code "2025-09"}), amounts as JSON numbers with their scale, enumerations by
 * name, and the forms' own getters and setters. {@link #mapper()} reads back what it writes: a form read from
 * {@link #write(Object)} gets the same findings as the form itself ({@code FormJsonTest}).
 *
 * <pre>{@code
 * ObjectMapper mapper = FormJson.mapper();
 * String text = FormJson.write(Forms.from(project));
 * ProjectForm form = mapper.readValue(text, ProjectForm.class);
 * }</pre>
 */
public final class FormJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private FormJson() {}

  /** @return the mapper that writes and reads the forms; thread-safe once configured, as databind's mappers are */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * @param form a form ({@link ProjectForm}, {@link GroupProjectForm})
   * @return its JSON text
   */
  public static String write(Object form) {
    try {
      return MAPPER.writeValueAsString(form);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

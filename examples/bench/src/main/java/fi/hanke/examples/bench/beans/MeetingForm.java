package fi.hanke.examples.bench.beans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A meeting that handled the project (<i>käsittely kokouksessa</i>, sv. <i>behandling i möte</i>). */
public class MeetingForm {
  @NotBlank
  private String body;
  @NotNull
  private LocalDate date;

  /** An empty meeting. */
  public MeetingForm() {}

  /** @return the body, e.g. "Maakunnan yhteistyöryhmä" */
  public String getBody() {
    return body;
  }

  /** @param body the body */
  public void setBody(String body) {
    this.body = body;
  }

  /** @return the date */
  public LocalDate getDate() {
    return date;
  }

  /** @param date the date */
  public void setDate(LocalDate date) {
    this.date = date;
  }
}

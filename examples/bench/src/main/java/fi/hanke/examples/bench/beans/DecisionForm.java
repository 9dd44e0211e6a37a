package fi.hanke.examples.bench.beans;

import java.time.LocalDate;

/** The decision on the project (<i>päätös</i>, sv. <i>beslut</i>): by whom and when. */
public class DecisionForm {
  private String body;
  private LocalDate date;

  /** An empty decision. */
  public DecisionForm() {}

  /** @return the body that decided, or null */
  public String getBody() {
    return body;
  }

  /** @param body the body that decided */
  public void setBody(String body) {
    this.body = body;
  }

  /** @return the date, or null */
  public LocalDate getDate() {
    return date;
  }

  /** @param date the date */
  public void setDate(LocalDate date) {
    this.date = date;
  }
}

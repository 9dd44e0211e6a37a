package fi.hanke.examples.bench.beans;

import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;

/** A spell of months a work package runs (<i>ajanjakso</i>, sv. <i>period</i>), e.g. 1/26–5/26. */
public class MonthPeriodForm {
  @NotNull
  private YearMonth start;
  @NotNull
  private YearMonth end;

  /** An empty period. */
  public MonthPeriodForm() {}

  /** @return the first month */
  public YearMonth getStart() {
    return start;
  }

  /** @param start the first month */
  public void setStart(YearMonth start) {
    this.start = start;
  }

  /** @return the last month */
  public YearMonth getEnd() {
    return end;
  }

  /** @param end the last month */
  public void setEnd(YearMonth end) {
    this.end = end;
  }

  /** @return the period as M/YY-M/YY */
  @Override
  public String toString() {
    return start.getMonthValue() + "/" + start.getYear() % 100 + "-" + end.getMonthValue() + "/" + end.getYear() % 100;
  }
}

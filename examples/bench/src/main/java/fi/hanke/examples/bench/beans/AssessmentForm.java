package fi.hanke.examples.bench.beans;

import fi.hanke.examples.bench.beans.AssessmentConstraints.PointsWithinMaximum;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The funding authority's assessment (<i>rahoittajan arvio</i>, sv. <i>finansiärens bedömning</i>): points out of
 * a maximum, and the meetings that handled the project.
 */
@PointsWithinMaximum
public class AssessmentForm {
  @PositiveOrZero
  private BigDecimal points;
  @PositiveOrZero
  private BigDecimal maximumPoints;
  private List<@NotNull @Valid MeetingForm> meetings = new ArrayList<>();

  /** An empty assessment. */
  public AssessmentForm() {}

  /** @return the points, or null */
  public BigDecimal getPoints() {
    return points;
  }

  /** @param points the points */
  public void setPoints(BigDecimal points) {
    this.points = points;
  }

  /** @return the maximum points, or null */
  public BigDecimal getMaximumPoints() {
    return maximumPoints;
  }

  /** @param maximumPoints the maximum points */
  public void setMaximumPoints(BigDecimal maximumPoints) {
    this.maximumPoints = maximumPoints;
  }

  /** @return the meetings, in document order */
  public List<MeetingForm> getMeetings() {
    return meetings;
  }

  /** @param meetings the meetings */
  public void setMeetings(List<MeetingForm> meetings) {
    this.meetings = meetings;
  }
}

package fi.hanke.validation.dates;

import fi.hanke.validation.Rule;
import java.util.List;

/**
 * The rules of the dates family (<i>sääntöryhmä</i>, sv. <i>regelfamilj</i>), in catalogue order.
 */
public final class DateRules {
  private DateRules() {}

  /** @return a new instance of every rule of the family */
  public static List<Rule> all() {
    return List.of(new EndBeforeStart(), new ReceivedAfterStart(), new OutsideEligibility(),
        new WorkPackageOutsideProject(), new MeetingBeforeReceived(), new DecisionBeforeMeeting());
  }
}

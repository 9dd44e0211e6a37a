package fi.hanke.validation.dates;

import fi.hanke.validation.Family;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleFamily;
import java.util.List;

/**
 * The rules of the dates family (<i>sääntöryhmä</i>, sv. <i>regelfamilj</i>), in catalogue order.
 */
public final class DateRules implements RuleFamily {
  /** The provider of the family to {@link java.util.ServiceLoader}; call {@link #all()} instead. */
  public DateRules() {}

  @Override
  public Family family() {
    return Family.DATES;
  }

  @Override
  public List<Rule> rules() {
    return all();
  }

  /** @return a new instance of every rule of the family */
  public static List<Rule> all() {
    return List.of(new EndBeforeStart(), new ReceivedAfterStart(), new OutsideEligibility(),
        new WorkPackageOutsideProject(), new MeetingBeforeReceived(), new DecisionBeforeMeeting());
  }
}

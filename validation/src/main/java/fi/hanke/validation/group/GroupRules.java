package fi.hanke.validation.group;

import fi.hanke.validation.Rule;
import java.util.List;

/**
 * The rules of the group family (<i>sääntöryhmä</i>, sv. <i>regelfamilj</i>), in catalogue order.
 */
public final class GroupRules {
  private GroupRules() {}

  /** @return a new instance of every rule of the family */
  public static List<Rule> all() {
    return List.of(new OneMainImplementer(), new DuplicateMemberKey(), new MemberCostsAddUp(),
        new MemberFundingAddsUp(), new FlatRateSplit(), new WorkPackageMembersAreMembers(), new SameStaffCostModel());
  }
}

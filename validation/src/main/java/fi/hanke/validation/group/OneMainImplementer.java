package fi.hanke.validation.group;

import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.MemberRole;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.Set;

/**
 * A group project has exactly one main implementer (<i>ryhmähankkeella on yksi päätoteuttaja</i>): the
 * beneficiaries' agreement names the päätoteuttaja that coordinates the group and submits its applications
 * (757/2021 §40(1), 867/2021 §30(1)); the others are co-implementers (osatoteuttajat). Reports the number of
 * main implementers when it is zero or more than one.
 *
 * <p>Source: {@code domain/finnish-rules.md} §5.
 */
public final class OneMainImplementer extends Rule {
  /** The rule id. */
  public static final String ID = "GROUP-MAIN-IMPLEMENTER";

  /** Creates the rule. */
  public OneMainImplementer() {
    super(ID, Severity.ERROR, Family.GROUP,
        "Exactly one member of a group project is its main implementer.",
        "finnish-rules.md §5 (757/2021 §40(1))",
        Set.of(Fact.MEMBER_LIST_COMPLETE, Fact.MEMBER_ROLES, Fact.IN_PROFILE),
        Argument.of("count", Long.class));
  }

  @Override
  public void check(GroupProject group, RuleContext context) {
    long count = 0;
    for (GroupMember m : group.members()) {
      if (m.role() == MemberRole.MAIN_IMPLEMENTER) {
        count++;
      }
    }
    if (count != 1) {
      context.report(Path.root().field("members"), "count", count);
    }
  }
}

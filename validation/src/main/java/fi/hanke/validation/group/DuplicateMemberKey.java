package fi.hanke.validation.group;

import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Each member of a group has its own key (<i>toteuttajan lyhenne on yksilöllinen</i>): work packages name the
 * responsible members and the cost bearer by key ("Xamk", "Hake"), so two members with one key make the plan
 * ambiguous. Reports every member whose key an earlier member already has.
 *
 * <p>Source: {@code domain/finnish-rules.md} §5 (each beneficiary implements and answers for its own part).
 */
public final class DuplicateMemberKey extends Rule {
  /** The rule id. */
  public static final String ID = "GROUP-DUPLICATE-MEMBER";

  /** Creates the rule. */
  public DuplicateMemberKey() {
    super(ID, Severity.ERROR, Family.GROUP,
        "No two members of a group project share a key.",
        "finnish-rules.md §5",
        Set.of(Fact.MEMBERS),
        Argument.of("key", String.class));
  }

  @Override
  public void check(GroupProject group, RuleContext context) {
    Set<String> seen = new HashSet<>();
    List<GroupMember> members = group.members();
    for (int i = 0; i < members.size(); i++) {
      String key = members.get(i).key();
      if (!seen.add(key)) {
        context.report(Path.root().field("members").index(i).field("key"), "key", key);
      }
    }
  }
}

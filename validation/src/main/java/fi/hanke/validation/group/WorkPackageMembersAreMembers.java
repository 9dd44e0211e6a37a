package fi.hanke.validation.group;

import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.work.ParticipationFee;
import fi.hanke.core.work.WorkPackage;
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
 * The joint plan's work packages name only members of the group (<i>työpaketin vastuutoteuttajat,
 * kustannuksista vastaava ja osallistumismaksun laskuttaja ovat ryhmähankkeen toteuttajia</i>): every
 * responsible member, the cost bearer and the member that invoices a participation fee is one of the group's
 * member keys. A key that names no member leaves the work package's costs or income without a beneficiary.
 *
 * <p>Source: {@code domain/finnish-rules.md} §5 (the joint project plan; each beneficiary answers for its own
 * part, 757/2021 §40(2)).
 */
public final class WorkPackageMembersAreMembers extends Rule {
  /** The rule id. */
  public static final String ID = "GROUP-WORK-PACKAGE-MEMBER";

  /** Creates the rule. */
  public WorkPackageMembersAreMembers() {
    super(ID, Severity.ERROR, Family.GROUP,
        "The members a work package of the joint plan names (responsible, cost bearer, fee collector) are members of the group.",
        "finnish-rules.md §5 (757/2021 §40)",
        Set.of(Fact.MEMBER_LIST_COMPLETE, Fact.WORK_PACKAGES),
        Argument.of("workPackage", String.class),
        Argument.of("member", String.class));
  }

  @Override
  public void check(GroupProject group, RuleContext context) {
    Set<String> keys = new HashSet<>();
    for (GroupMember m : group.members()) {
      keys.add(m.key());
    }
    for (WorkPackage wp : group.plan().workPackages()) {
      Path path = Path.root().field("plan").field("workPackages").key(wp.code());
      List<String> responsible = wp.responsibleMembers();
      for (int i = 0; i < responsible.size(); i++) {
        check(keys, wp, responsible.get(i), path.field("responsibleMembers").index(i), context);
      }
      wp.costBearer().ifPresent(b -> check(keys, wp, b, path.field("costBearer"), context));
      List<ParticipationFee> fees = wp.participationFees();
      for (int i = 0; i < fees.size(); i++) {
        Path feePath = path.field("participationFees").index(i).field("collectedBy");
        fees.get(i).collectedBy().ifPresent(c -> check(keys, wp, c, feePath, context));
      }
    }
  }

  private static void check(Set<String> keys, WorkPackage wp, String member, Path path, RuleContext context) {
    if (!keys.contains(member)) {
      context.report(path, "workPackage", wp.code(), "member", member);
    }
  }
}

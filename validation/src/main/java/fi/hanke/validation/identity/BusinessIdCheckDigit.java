package fi.hanke.validation.identity;

import fi.hanke.core.org.BusinessId;
import fi.hanke.core.org.Organisation;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The check digit of every organisation's business id is right (<i>Y-tunnuksen tarkistusnumero</i>, sv.
 * <i>FO-numrets kontrollsiffra</i>): weights 7, 9, 10, 5, 8, 4, 2 on the seven digits, r = sum mod 11, r = 0 gives
 * 0, r = 1 gives no valid id at all, otherwise 11 − r. Checks the applicant of a project
 * ({@code applicant.businessId}) and, for a group project, every member's organisation
 * ({@code members[i].organisation.businessId}). The finding names the expected digit, or "–" when the seven digits
 * have remainder 1 and no check digit can make them valid (the digits themselves are mistyped).
 *
 * <p>Source: {@code domain/finnish-rules.md} §8, §14.12.
 */
public final class BusinessIdCheckDigit extends Rule {
  /** The rule id. */
  public static final String ID = "ID-BUSINESS-ID-CHECK-DIGIT";

  /** The expected digit reported when no check digit makes the body valid (remainder 1). */
  public static final String NO_VALID_DIGIT = "–";

  /** Creates the rule. */
  public BusinessIdCheckDigit() {
    super(ID, Severity.ERROR, Family.IDENTITY,
        "The check digit of every organisation's business id (Y-tunnus) is the one its seven digits call for.",
        "finnish-rules.md §8, §14.12",
        Set.of(Fact.BUSINESS_IDS),
        Argument.of("organisation", String.class),
        Argument.of("businessId", String.class),
        Argument.of("expected", String.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    project.applicant().ifPresent(a -> check(a, Path.root().field("applicant").field("businessId"), context));
  }

  @Override
  public void check(GroupProject group, RuleContext context) {
    List<GroupMember> members = group.members();
    for (int i = 0; i < members.size(); i++) {
      check(members.get(i).organisation(),
          Path.root().field("members").index(i).field("organisation").field("businessId"), context);
    }
  }

  private static void check(Organisation organisation, Path path, RuleContext context) {
    if (organisation.businessId().isEmpty()) {
      return;
    }
    BusinessId id = organisation.businessId().get();
    if (id.hasValidCheckDigit()) {
      return;
    }
    OptionalInt expected = id.expectedCheckDigit();
    context.report(path,
        "organisation", organisation.name(),
        "businessId", id.toString(),
        "expected", expected.isPresent() ? String.valueOf(expected.getAsInt()) : NO_VALID_DIGIT);
  }
}

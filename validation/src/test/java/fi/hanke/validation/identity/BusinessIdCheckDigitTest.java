package fi.hanke.validation.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.org.BusinessId;
import fi.hanke.core.org.Organisation;
import fi.hanke.core.org.OrganisationKind;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BusinessIdCheckDigitTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  /** The same body with the next check digit: never valid, since a body has at most one valid digit. */
  private static BusinessId mistyped(BusinessId id) {
    return BusinessId.parse(id.body() + "-" + (id.checkDigit() + 1) % 10);
  }

  @Test
  void anApplicantWithAMistypedCheckDigitIsReportedWithTheExpectedDigit() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      Organisation applicant = p.applicant().orElseThrow();
      BusinessId valid = applicant.businessId().orElseThrow();
      BusinessId wrong = mistyped(valid);
      Project broken = p.withApplicant(applicant.withBusinessId(wrong));

      List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), BusinessIdCheckDigit.ID, Severity.ERROR);

      assertEquals(1, found.size(), found::toString);
      Violation v = found.get(0);
      assertEquals(Path.parse("applicant.businessId"), v.path());
      assertEquals(applicant.name(), v.argument("organisation"));
      assertEquals(wrong.toString(), v.argument("businessId"));
      assertEquals(String.valueOf(valid.checkDigit()), v.argument("expected"));
    });
  }

  @Test
  void aGroupMemberWithAMistypedCheckDigitIsReportedAtThatMember() {
    qt().forAll(ValidProjects.groups(), integers().between(0, 3)).checkAssert((g, pick) -> {
      int i = pick % g.members().size();
      GroupMember member = g.members().get(i);
      BusinessId valid = member.organisation().businessId().orElseThrow();
      BusinessId wrong = mistyped(valid);
      List<GroupMember> members = new ArrayList<>(g.members());
      // only the member's organisation: its own project keeps the applicant as it was
      members.set(i, member.withOrganisation(member.organisation().withBusinessId(wrong)));
      GroupProject broken = g.withMembers(members);

      List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), BusinessIdCheckDigit.ID, Severity.ERROR);

      assertEquals(1, found.size(), found::toString);
      Violation v = found.get(0);
      assertEquals(Path.root().field("members").index(i).field("organisation").field("businessId"), v.path());
      assertEquals(member.organisation().name(), v.argument("organisation"));
      assertEquals(wrong.toString(), v.argument("businessId"));
      assertEquals(String.valueOf(valid.checkDigit()), v.argument("expected"));
    });
  }

  @Test
  void aBodyWithRemainderOneHasNoValidDigitAndIsReportedWithADash() {
    // finnish-rules.md §8: 1234568 has weighted sum 155, 155 mod 11 = 1: no check digit makes it valid
    for (int digit = 0; digit <= 9; digit++) {
      Project p = project("1234568-" + digit);

      List<Violation> found = RuleAssertions.onlyRule(validator.validate(p), BusinessIdCheckDigit.ID, Severity.ERROR);

      assertEquals(1, found.size());
      assertEquals(BusinessIdCheckDigit.NO_VALID_DIGIT, found.get(0).argument("expected"));
      String fi = found.get(0).message(new Locale("fi"));
      assertTrue(fi.contains("1234568-" + digit) && fi.contains("pitäisi olla –"), fi);
    }
  }

  @Test
  void theSourcesWorkedExamplesIncludingCheckDigitZeroAreValid() {
    // finnish-rules.md §8: 1234567-1, 2077474-0 (remainder 0 gives 0), 0827616-7
    for (String id : List.of("1234567-1", "2077474-0", "0827616-7")) {
      RuleAssertions.clean(validator.validate(project(id)));
    }
  }

  @Test
  void anOrganisationWithoutABusinessIdIsNotReported() {
    Project p = Project.builder()
        .applicant(Organisation.builder().name("Kyläyhdistys").kind(OrganisationKind.ASSOCIATION).build())
        .build();

    RuleAssertions.clean(validator.validate(p));
  }

  @Test
  void theMessageNamesTheOrganisationTheIdAndTheExpectedDigit() {
    Violation v = validator.validate(project("1234567-2")).forRule(BusinessIdCheckDigit.ID).get(0);

    assertEquals("Organisaation Kyläyhdistys ry Y-tunnus 1234567-2 on virheellinen: tarkistusnumeron pitäisi olla 1. "
        + "Jos odotettu tarkistusnumero on –, mikään tarkistusnumero ei tee tunnuksesta kelvollista, eli tunnuksen "
        + "seitsemän ensimmäistä numeroa on kirjoitettu väärin.", v.message(new Locale("fi")));
  }

  private static Project project(String businessId) {
    return Project.builder()
        .applicant(Organisation.builder().name("Kyläyhdistys ry").kind(OrganisationKind.ASSOCIATION)
            .businessId(BusinessId.parse(businessId)).build())
        .build();
  }
}

package fi.hanke.validation.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.project.GroupProject;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateMemberKeyTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void aMemberGivenAnEarlierMembersKeyIsReportedAtItsKey() {
    qt().withExamples(100).forAll(ValidProjects.groups(), integers().allPositive(), integers().allPositive())
        .checkAssert((g, n, k) -> {
          int second = 1 + n % (g.members().size() - 1);
          int first = k % second;
          String key = g.members().get(first).key();
          GroupProject broken = renameReferences(Groups.withMember(g, second, m -> m.withKey(key)),
              g.members().get(second).key(), key);
          List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), DuplicateMemberKey.ID,
              Severity.ERROR);
          assertEquals(1, found.size(), found::toString);
          assertEquals(Path.parse("members[" + second + "].key"), found.get(0).path());
          assertEquals(key, found.get(0).argument("key"));
        });
  }

  @Test
  void threeMembersWithOneKeyGiveAFindingForEachRepeat() {
    qt().withExamples(50).forAll(ValidProjects.groups(3)).checkAssert(g -> {
      GroupProject same = g.withMembers(g.members().stream().map(m -> m.withKey("Sama")).toList());
      List<Violation> found = validator.validate(same).forRule(DuplicateMemberKey.ID);
      assertEquals(g.members().size() - 1, found.size(), found::toString);
      assertEquals(Path.parse("members[1].key"), found.get(0).path());
    });
  }

  @Test
  void keysThatDifferOnlyInCaseAreDifferentKeys() {
    qt().withExamples(20).forAll(ValidProjects.groups()).checkAssert(g -> {
      GroupProject cased = Groups.withMember(g, 1, m -> m.withKey(g.members().get(0).key().toLowerCase()));
      assertEquals(List.of(), validator.validate(cased).forRule(DuplicateMemberKey.ID));
    });
  }

  /** The group with the plan's work packages naming the member {@code to} wherever they named {@code from}. */
  private static GroupProject renameReferences(GroupProject g, String from, String to) {
    List<WorkPackage> wps = g.plan().workPackages().stream()
        .map(wp -> wp.withResponsibleMembers(wp.responsibleMembers().stream().map(r -> r.equals(from) ? to : r).toList())
            .withCostBearer(wp.costBearer().map(b -> b.equals(from) ? to : b)))
        .toList();
    return g.withPlan(g.plan().withWorkPackages(wps));
  }
}

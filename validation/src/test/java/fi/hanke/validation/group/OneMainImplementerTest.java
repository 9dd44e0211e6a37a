package fi.hanke.validation.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.MemberRole;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.List;
import org.junit.jupiter.api.Test;

class OneMainImplementerTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void aGroupOfCoImplementersOnlyIsReportedWithCountZero() {
    qt().withExamples(100).forAll(ValidProjects.groups()).checkAssert(g -> {
      GroupProject noMain = g.withMembers(g.members().stream().map(m -> m.withRole(MemberRole.CO_IMPLEMENTER)).toList());
      assertCount(noMain, 0L);
    });
  }

  @Test
  void aGroupWithTwoMainImplementersIsReportedWithCountTwo() {
    qt().withExamples(100).forAll(ValidProjects.groups(), integers().allPositive()).checkAssert((g, n) -> {
      int second = 1 + n % (g.members().size() - 1);
      assertCount(Groups.withMember(g, second, m -> m.withRole(MemberRole.MAIN_IMPLEMENTER)), 2L);
    });
  }

  @Test
  void theMainImplementerNeedNotBeListedFirst() {
    qt().withExamples(50).forAll(ValidProjects.groups()).checkAssert(g -> {
      int last = g.members().size() - 1;
      GroupProject moved = Groups.withMember(Groups.withMember(g, 0, m -> m.withRole(MemberRole.CO_IMPLEMENTER)),
          last, m -> m.withRole(MemberRole.MAIN_IMPLEMENTER));
      assertTrue(validator.validate(moved).forRule(OneMainImplementer.ID).isEmpty());
      assertEquals("M" + (last + 1), moved.mainImplementer().map(GroupMember::key).orElseThrow());
    });
  }

  private void assertCount(GroupProject g, long count) {
    List<Violation> found = RuleAssertions.onlyRule(validator.validate(g), OneMainImplementer.ID, Severity.ERROR);
    assertEquals(1, found.size(), found::toString);
    assertEquals(Path.parse("members"), found.get(0).path());
    assertEquals(count, found.get(0).argument("count"));
  }
}

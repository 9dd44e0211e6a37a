package fi.hanke.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import fi.hanke.core.cost.CostOption;
import fi.hanke.core.project.GroupProject;
import org.junit.jupiter.api.Test;

class SampleProjectsTest {
  @Test
  void theSameSeedGivesTheSameProjectsInTheSameOrder() {
    qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
      SampleProjects a = SampleProjects.seeded(seed);
      SampleProjects b = SampleProjects.seeded(seed);
      assertEquals(a.project(), b.project());
      assertEquals(a.group(), b.group());
      assertEquals(a.project(CostOption.FLAT_RATE_7), b.project(CostOption.FLAT_RATE_7));
    });
  }

  @Test
  void successiveDrawsDiffer() {
    SampleProjects samples = SampleProjects.seeded(1);
    assertNotEquals(samples.project(), samples.project());
  }

  @Test
  void aGroupHasTwoToFourMembersEachWithItsOwnBudget() {
    qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
      GroupProject g = SampleProjects.seeded(seed).group();
      assertTrue(g.members().size() >= 2 && g.members().size() <= 4, () -> "members: " + g.members().size());
      assertTrue(g.members().stream().allMatch(m -> m.project().flatMap(p -> p.costEstimate()).isPresent()));
    });
  }

  @Test
  void anOptionOtherThanTheTwoFlatRatesIsRefusedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SampleProjects.seeded(1).project(CostOption.REAL_COSTS));
    assertTrue(e.getMessage().contains("REAL_COSTS"), e.getMessage());
  }
}

package fi.hanke.validation.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.programme.Fund;
import fi.hanke.core.programme.Priority;
import fi.hanke.core.programme.ProgrammeProfile;
import fi.hanke.core.programme.SpecificObjective;
import fi.hanke.core.project.ProgrammePlacement;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Validator;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The profile holds the whole programme as amended: every priority, every specific objective, each with its fund. */
class WholeProgrammeTest {
  private static final ProgrammeProfile FINLAND = ValidProjects.profile();
  private final Validator validator = Validator.of(FINLAND);

  @Test
  void everyPriorityFromOneToSevenIsThereWithItsNameAndFund() {
    assertEquals(IntStream.rangeClosed(1, 7).boxed().collect(Collectors.toList()),
        FINLAND.priorities().stream().map(Priority::number).collect(Collectors.toList()));
    assertTrue(FINLAND.priorities().stream().allMatch(p -> p.nameFi().isPresent() && p.funds().size() == 1));
    assertEquals("Sosiaalisten innovaatioiden Suomi", FINLAND.priority(5).orElseThrow().nameFi().orElseThrow());
    assertEquals("Aineellista puutetta torjuva Suomi", FINLAND.priority(6).orElseThrow().nameFi().orElseThrow());
    assertEquals(List.of(Fund.ERDF), FINLAND.priority(3).orElseThrow().funds());
    assertEquals(List.of(Fund.ESF_PLUS), FINLAND.priority(6).orElseThrow().funds());
  }

  @Test
  void everyPriorityHasAnObjectiveAndEveryObjectiveIsFinancedByItsPriority() {
    for (Priority p : FINLAND.priorities()) {
      assertTrue(FINLAND.specificObjectives().stream().anyMatch(o -> o.priority() == p.number()), p::toString);
    }
    for (SpecificObjective o : FINLAND.specificObjectives()) {
      assertTrue(FINLAND.priority(o.priority()).orElseThrow().funds().contains(o.fund()), o::toString);
      assertTrue(o.code().startsWith(o.priority() + "."), o::toString);
    }
  }

  @Test
  void theObjectivesOfPrioritiesThreeAndSixAndTheDefenceObjectivesOf2025AreKnown() {
    for (String code : List.of("3.1", "6.1", "1.4", "3.2")) {
      SpecificObjective o = FINLAND.specificObjective(code).orElseThrow(() -> new AssertionError(code));
      Project p = Project.builder().placement(ProgrammePlacement.builder()
          .priority(o.priority()).specificObjective(code).fund(o.fund()).build()).build();

      RuleAssertions.clean(validator.validate(p));
    }
  }

  @Test
  void theDefenceObjectivesAreErdfAndInTheProgrammeFromTheAmendmentOn() {
    for (String code : List.of("1.4", "3.2")) {
      SpecificObjective o = FINLAND.specificObjective(code).orElseThrow();
      assertEquals(Fund.ERDF, o.fund());
      assertEquals(LocalDate.of(2025, 10, 9), o.validity().start().orElseThrow());
      assertTrue(!o.validity().contains(LocalDate.of(2025, 10, 8)) && o.validity().contains(LocalDate.of(2026, 3, 1)));
      assertTrue(o.source().orElseThrow().contains("not verified"), o::toString);
    }
    assertEquals(FINLAND.eligibility(), FINLAND.specificObjective("4.2").orElseThrow().validity());
  }

  @Test
  void aValidProjectPlacedInAnyObjectiveOfTheProgrammeStaysClean() {
    List<SpecificObjective> all = FINLAND.specificObjectives();
    qt().forAll(ValidProjects.projects(), integers().between(0, all.size() - 1)).checkAssert((p, i) -> {
      SpecificObjective o = all.get(i);
      Project placed = p.withPlacement(p.placement().withPriority(o.priority()).withSpecificObjective(o.code())
          .withFund(o.fund()));
      // the project's regions were drawn for its own objective: a JTF objective's territory is another rule's
      Validator placing = Validator.builder().profile(FINLAND).disable("PROGRAMME-FUND-TERRITORY").build();

      RuleAssertions.clean(placing.validate(placed));
    });
  }
}

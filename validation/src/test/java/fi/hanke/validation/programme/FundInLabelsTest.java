package fi.hanke.validation.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.programme.Fund;
import fi.hanke.core.programme.Priority;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FundInLabelsTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  private static Project labelled(Project p, Fund fund) {
    String label = "Haettu " + fund.displayName(new Locale("fi")) + "- ja valtion rahoitus";
    List<FundingLine> lines = p.fundingPlan().orElseThrow().lines().stream()
        .map(l -> l.source() == FundingSource.EU_AND_STATE ? l.withLabel(label) : l).toList();
    return p.withFundingPlan(p.fundingPlan().orElseThrow().withLines(lines));
  }

  @Test
  void aLabelNamingAFundOfAnotherPriorityIsAWarning() {
    qt().forAll(ValidProjects.projects(), integers().between(0, 5)).checkAssert((p, pick) -> {
      Priority priority = ValidProjects.profile().priority(p.placement().priority().orElseThrow()).orElseThrow();
      List<Fund> others = Arrays.stream(Fund.values()).filter(f -> !priority.funds().contains(f)).toList();
      Fund named = others.get(pick % others.size());
      Violation v = RuleAssertions.onlyRule(validator.validate(labelled(p, named)), FundInLabels.ID, Severity.WARNING)
          .get(0);
      assertEquals("fundingPlan.EU_AND_STATE.label", v.path().toString());
      assertEquals(named, v.argument("fund"));
      assertEquals((long) priority.number(), v.argument("priority"));
      assertEquals(priority.funds(), v.argument("funds"));
    });
  }

  @Test
  void aLabelNamingThePrioritysOwnFundIsClean() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      Priority priority = ValidProjects.profile().priority(p.placement().priority().orElseThrow()).orElseThrow();
      RuleAssertions.clean(validator.validate(labelled(p, priority.funds().get(0))));
    });
  }

  @Test
  void seed001sLabelOnPriority7NamesEakrAgainstTheJtf() {
    Project p = Project.builder()
        .placement(fi.hanke.core.project.ProgrammePlacement.builder().priority(7).specificObjective("7.1").build())
        .fundingPlan(fi.hanke.core.funding.FundingPlan.builder()
            .addLine(FundingLine.builder().source(FundingSource.EU_AND_STATE).applied(fi.hanke.core.money.Eur.of(754_093))
                .label("Haettu EAKR- ja valtion rahoitus").build())
            .build())
        .build();
    Violation v = validator.validate(p).forRule(FundInLabels.ID).get(0);
    assertEquals("Otsikko \"Haettu EAKR- ja valtion rahoitus\" nimeää rahaston EAKR, mutta toimintalinjaa 7 rahoittaa JTF. "
        + "Tarkista, mistä rahastosta tukea haetaan.", v.message(new Locale("fi")));
  }
}

package fi.hanke.validation.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.programme.Fund;
import fi.hanke.core.programme.Priority;
import fi.hanke.core.project.ProgrammePlacement;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FundPriorityTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void aFundThatDoesNotFinanceThePriorityIsReportedWithThePrioritysFunds() {
    qt().forAll(ValidProjects.projects(), integers().between(0, 5)).checkAssert((p, pick) -> {
      Priority priority = ValidProjects.profile().priority(p.placement().priority().orElseThrow()).orElseThrow();
      // not the JTF, whose territory (PROGRAMME-FUND-TERRITORY) the project's regions need not lie in
      List<Fund> others = Arrays.stream(Fund.values()).filter(f -> !priority.funds().contains(f) && f != Fund.JTF)
          .collect(Collectors.toList());
      Fund fund = others.get(pick % others.size());
      Project broken = p.withPlacement(p.placement().withFund(fund));

      List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), FundPriority.ID, Severity.ERROR);

      assertEquals(1, found.size(), found::toString);
      Violation v = found.get(0);
      assertEquals(Path.parse("placement.fund"), v.path());
      assertEquals(fund, v.argument("fund"));
      assertEquals((long) priority.number(), v.argument("priority"));
      assertEquals(priority.funds(), v.argument("funds"));
    });
  }

  @Test
  void aPriorityTheProgrammeDoesNotHaveIsNotJudged() {
    Project p = Project.builder().placement(ProgrammePlacement.builder().priority(9).fund(Fund.ERDF).build()).build();

    RuleAssertions.clean(validator.validate(p));
  }

  @Test
  void theMessageNamesTheFundsByTheirFinnishAbbreviations() {
    Project p = Project.builder().placement(ProgrammePlacement.builder().priority(4).fund(Fund.ERDF).build()).build();

    Violation v = validator.validate(p).forRule(FundPriority.ID).get(0);

    assertEquals("Rahasto EAKR ei rahoita toimintalinjaa 4. Toimintalinjaa rahoittaa: ESR+.", v.message(new Locale("fi")));
    assertEquals("Fonden ERUF finansierar inte insatsområde 4. Insatsområdet finansieras av: ESF+.", v.message(new Locale("sv")));
  }
}

package fi.hanke.validation.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.programme.Fund;
import fi.hanke.core.project.Project;
import fi.hanke.core.region.Municipality;
import fi.hanke.core.region.Region;
import fi.hanke.core.region.Regions;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.Mutations;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FundTerritoryCoversTest {
  private static final Regions FINLAND = Regions.finland();
  /** Regions where the JTF is not used at all: Uusimaa, Varsinais-Suomi, Kanta-Häme, Päijät-Häme. */
  private static final List<Region> OUTSIDE = List.of(FINLAND.region("01"), FINLAND.region("02"), FINLAND.region("05"),
      FINLAND.region("07"));
  private final Validator validator = Validator.of(ValidProjects.profile());

  /** The project as a JTF project (TL 7 / ET 7.1) in the given regions and municipalities, its funding rebuilt. */
  private static Project jtf(Project p, List<Region> regions, List<Municipality> municipalities) {
    Project q = p.withPlacement(p.placement().withPriority(7).withSpecificObjective("7.1").withFund(Fund.JTF))
        .withRegions(regions).withMunicipalities(municipalities);
    return Mutations.rebalance(q);
  }

  @Test
  void aJtfProjectInARegionOutsideTheTerritoryIsAWarning() {
    qt().forAll(ValidProjects.projects(), integers().between(0, 3)).checkAssert((p, i) -> {
      Region outside = OUTSIDE.get(i);
      Project broken = jtf(p, List.of(FINLAND.region("Lappi"), outside), List.of());
      Violation v = RuleAssertions.onlyRule(validator.validate(broken), FundTerritoryCovers.ID, Severity.WARNING).get(0);
      assertEquals("regions[1]", v.path().toString());
      assertEquals(Fund.JTF, v.argument("fund"));
      assertEquals(outside, v.argument("area"));
    });
  }

  @Test
  void inPirkanmaaOnlyParkanoKihnioVirratAndPunkalaidunAreInTheTerritory() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      Municipality tampere = FINLAND.municipality("Tampere");
      Project broken = jtf(p, List.of(FINLAND.region("Pirkanmaa")), List.of(FINLAND.municipality("Parkano"),
          FINLAND.municipality("Kihniö"), tampere, FINLAND.municipality("Virrat"), FINLAND.municipality("Punkalaidun")));
      Violation v = RuleAssertions.onlyRule(validator.validate(broken), FundTerritoryCovers.ID, Severity.WARNING).get(0);
      assertEquals("municipalities[2]", v.path().toString());
      assertEquals(tampere, v.argument("area"));
    });
  }

  @Test
  void pirkanmaaWithoutMunicipalitiesIsNotJudged() {
    qt().forAll(ValidProjects.projects()).checkAssert(p ->
        RuleAssertions.clean(validator.validate(jtf(p, List.of(FINLAND.region("Pirkanmaa")), List.of()))));
  }

  @Test
  void theEnglishMessageNamesTheRegion() {
    qt().withExamples(1).forAll(ValidProjects.projects()).checkAssert(p -> {
      Violation v = validator.validate(jtf(p, List.of(FINLAND.region("Uusimaa")), List.of()))
          .forRule(FundTerritoryCovers.ID).get(0);
      assertEquals("The fund JTF may be used only in its territory, and Uusimaa is not in it. Check the area of "
          + "implementation.", v.message(Locale.ENGLISH));
    });
  }
}

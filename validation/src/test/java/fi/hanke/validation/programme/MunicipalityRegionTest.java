package fi.hanke.validation.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.project.Project;
import fi.hanke.core.region.Municipality;
import fi.hanke.core.region.Region;
import fi.hanke.core.region.Regions;
import fi.hanke.validation.ParameterDate;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MunicipalityRegionTest {
  private static final Regions FINLAND = Regions.finland();
  private static final Region ETELA_SAVO = FINLAND.region("10");
  private static final Region POHJOIS_KARJALA = FINLAND.region("12");
  private static final Municipality HEINAVESI = FINLAND.municipality("090");

  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void aMunicipalityOfARegionTheProjectDoesNotNameIsReportedOnTheDecisionDate() {
    qt().forAll(ValidProjects.projects().map(ValidProjects::outsideFundTerritories), integers().between(0, 100),
        integers().between(0, 1000)).checkAssert((p, r, m) -> {
      // the date that decides dated data is the aid decision's (866/2021 §7(1)), which generated projects state
      LocalDate date = p.decision().flatMap(d -> d.date()).orElseThrow();
      List<Region> others = FINLAND.regions().stream()
          .filter(Region::isMainland).filter(x -> !p.regions().contains(x)).collect(Collectors.toList());
      Region other = others.get(r % others.size());
      List<Municipality> there = FINLAND.municipalitiesIn(other, date);
      Municipality stranger = there.get(m % there.size());
      List<Municipality> municipalities = new ArrayList<>(p.municipalities());
      municipalities.add(stranger);
      Project broken = p.withMunicipalities(municipalities);

      List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), MunicipalityRegion.ID, Severity.ERROR);

      assertEquals(1, found.size(), found::toString);
      Violation v = found.get(0);
      assertEquals(Path.root().field("municipalities").index(municipalities.size() - 1), v.path());
      assertEquals(stranger, v.argument("municipality"));
      assertEquals(other, v.argument("region"));
      assertEquals(date, v.argument("date"));
      assertEquals(ParameterDate.Basis.DECISION_DATE, v.parametersOn().orElseThrow().basis());
      assertEquals(p.regions(), v.argument("regions"));
    });
  }

  @Test
  void aMunicipalityIsJudgedByItsRegionOnTheProjectsDate() {
    // finnish-rules.md §9.2: Heinävesi moved from Etelä-Savo to Pohjois-Karjala on 1.1.2021
    Project inPohjoisKarjala = Project.builder().start(LocalDate.of(2024, 3, 1)).end(LocalDate.of(2025, 12, 31))
        .addRegion(POHJOIS_KARJALA).addMunicipality(HEINAVESI).build();
    RuleAssertions.clean(validator.validate(inPohjoisKarjala));

    Project inEtelaSavo = inPohjoisKarjala.withRegions(ETELA_SAVO);
    List<Violation> found = RuleAssertions.onlyRule(validator.validate(inEtelaSavo), MunicipalityRegion.ID, Severity.ERROR);
    assertEquals(POHJOIS_KARJALA, found.get(0).argument("region"));
    assertEquals("Kunta Heinävesi kuuluu 1.3.2024 maakuntaan Pohjois-Karjala, joka ei ole hankkeen maakuntia (Etelä-Savo).",
        found.get(0).message(new Locale("fi")));
  }

  @Test
  void theReferenceDateOfTheOptionsDecidesTheRegion() {
    Validator on2020 = Validator.builder().profile(ValidProjects.profile()).referenceDate(LocalDate.of(2020, 12, 31)).build();
    Project p = Project.builder().addRegion(ETELA_SAVO).addMunicipality(HEINAVESI).build();

    RuleAssertions.clean(on2020.validate(p));
  }

  @Test
  void municipalitiesOfAProjectThatNamesNoRegionAreNotJudged() {
    Project p = Project.builder().start(LocalDate.of(2024, 3, 1)).addMunicipality(HEINAVESI).build();

    RuleAssertions.clean(validator.validate(p));
  }
}

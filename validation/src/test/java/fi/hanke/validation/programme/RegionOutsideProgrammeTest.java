package fi.hanke.validation.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import fi.hanke.core.project.Project;
import fi.hanke.core.region.Region;
import fi.hanke.core.region.Regions;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegionOutsideProgrammeTest {
  private static final Region AHVENANMAA = Regions.finland().region("21");

  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void ahvenanmaaAmongTheProjectsRegionsIsReportedAtItsIndex() {
    qt().forAll(ValidProjects.projects().map(ValidProjects::outsideFundTerritories)).checkAssert(p -> {
      List<Region> regions = new ArrayList<>(p.regions());
      regions.add(AHVENANMAA);
      Project broken = p.withRegions(regions);

      List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), RegionOutsideProgramme.ID, Severity.ERROR);

      assertEquals(1, found.size(), found::toString);
      assertEquals(Path.root().field("regions").index(regions.size() - 1), found.get(0).path());
      assertEquals(AHVENANMAA, found.get(0).argument("region"));
    });
  }

  @Test
  void everyMainlandRegionIsInside() {
    List<Region> mainland = Regions.finland().regions().stream().filter(Region::isMainland).collect(Collectors.toList());

    assertEquals(18, mainland.size());
    RuleAssertions.clean(validator.validate(Project.builder().regions(mainland).build()));
  }

  @Test
  void theMessageNamesTheRegionInTheReadersLanguage() {
    Violation v = validator.validate(Project.builder().addRegion(AHVENANMAA).build()).forRule(RegionOutsideProgramme.ID).get(0);

    assertEquals("Maakunta Ahvenanmaa on ohjelma-alueen ulkopuolella: ohjelma kattaa vain Manner-Suomen.", v.message(new Locale("fi")));
    assertEquals("Landskapet Åland ligger utanför programområdet: programmet omfattar endast Fasta Finland.", v.message(new Locale("sv")));
  }
}

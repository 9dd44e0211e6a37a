package fi.hanke.validation.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.cost.TravelCostModel;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.money.Eur;
import fi.hanke.core.programme.Fund;
import fi.hanke.core.programme.Priority;
import fi.hanke.core.programme.Programme;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.core.region.Region;
import fi.hanke.core.region.Regions;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Path;
import fi.hanke.validation.ReportCoverage;
import fi.hanke.validation.Severity;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OutsideProfileTest {
  private static final Programme PROFILE = ValidProjects.profile().programme();
  private static final List<Programme> OTHERS =
      Arrays.stream(Programme.values()).filter(p -> p != PROFILE).collect(Collectors.toList());
  /** Rules that presume the profile, each broken by {@link #breakTheProfile(Project)}. */
  private static final Set<String> PROFILE_RULES = Set.of(ObjectiveUnknown.ID, FundPriority.ID,
      RegionOutsideProgramme.ID, "COST-TRAVEL-UNIT-COSTS", "DATE-OUTSIDE-ELIGIBILITY");

  private final Validator validator = Validator.of(ValidProjects.profile());

  private static Programme other(int pick) {
    return OTHERS.get(pick % OTHERS.size());
  }

  /**
   * The project with a specific objective the profile lacks, a fund that does not finance its priority, Ahvenanmaa
   * among its regions, travel unit costs under the 40 % option and an end after the eligibility period: breaches
   * of the 2021–2027 profile and of nothing else.
   */
  private static Project breakTheProfile(Project p) {
    Priority priority = ValidProjects.profile().priority(p.placement().priority().orElseThrow()).orElseThrow();
    Fund wrong = Arrays.stream(Fund.values()).filter(f -> !priority.funds().contains(f)).findFirst().orElseThrow();
    List<Region> regions = new ArrayList<>(p.regions());
    regions.add(Regions.finland().region("21"));
    return p.withPlacement(p.placement().withSpecificObjective("9.9").withFund(wrong))
        .withRegions(regions)
        .withCostModel(p.costModel().map(m -> m.withOption(fi.hanke.core.cost.CostOption.FLAT_RATE_40)
            .withTravelCostModel(TravelCostModel.UNIT_COSTS)))
        .withEnd(LocalDate.of(2030, 6, 30));
  }

  @Test
  void aValidProjectOfAnotherProgrammeGetsExactlyThisFinding() {
    qt().forAll(ValidProjects.projects(), integers().between(0, 99)).checkAssert((p, pick) -> {
      Programme other = other(pick);
      Project outside = p.withPlacement(p.placement().withProgramme(other));

      List<Violation> found = RuleAssertions.onlyRule(validator.validate(outside), OutsideProfile.ID, Severity.INFO);

      assertEquals(1, found.size(), found::toString);
      assertEquals(Path.parse("placement.programme"), found.get(0).path());
      assertEquals(other, found.get(0).argument("programme"));
      assertEquals(PROFILE, found.get(0).argument("profileProgramme"));
    });
  }

  @Test
  void aValidProjectThatNamesTheProfilesProgrammeStaysClean() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      ValidationReport r = validator.validate(p.withPlacement(p.placement().withProgramme(PROFILE)));
      RuleAssertions.clean(r);
      assertTrue(r.coverage().checked().contains(OutsideProfile.ID));
    });
  }

  @Test
  void aProjectThatNamesNoProgrammeIsCheckedAsOneOfTheProfile() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      ValidationReport r = validator.validate(breakTheProfile(p));
      Set<String> found = r.violations().stream().map(Violation::ruleId).collect(Collectors.toSet());
      assertTrue(found.containsAll(PROFILE_RULES), found::toString);
      // and only rules that presume the profile (the 40 % option also breaks a 7 % project's flat-rate lines)
      assertTrue(validator.rules().stream().filter(rule -> found.contains(rule.id()))
          .allMatch(rule -> rule.facts().contains(Fact.IN_PROFILE)), found::toString);
      assertTrue(r.coverage().notCheckable().stream().anyMatch(u -> u.ruleId().equals(OutsideProfile.ID)
          && u.missing().equals(Set.of(Fact.PROGRAMME))), r.coverage().notCheckable()::toString);
    });
  }

  @Test
  void aProjectOfAnotherProgrammeThatBreaksTheProfileGetsOnlyThisFindingAndNoErrorOrWarning() {
    qt().forAll(ValidProjects.projects(), integers().between(0, 99)).checkAssert((p, pick) -> {
      Project outside = breakTheProfile(p).withPlacement(breakTheProfile(p).placement().withProgramme(other(pick)));

      ValidationReport r = validator.validate(outside);

      RuleAssertions.onlyRule(r, OutsideProfile.ID, Severity.INFO);
      assertEquals(List.of(), r.violations(Severity.ERROR));
      assertEquals(List.of(), r.violations(Severity.WARNING));
      for (String id : PROFILE_RULES) {
        assertTrue(r.coverage().notCheckable().stream().anyMatch(u -> u.ruleId().equals(id)
            && u.missing().contains(Fact.IN_PROFILE)), () -> id + " in " + r.coverage().notCheckable());
      }
    });
  }

  @Test
  void rulesThatDoNotPresumeTheProfileStillCheckADocumentOfAnotherProgramme() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      FundingPlan f = p.fundingPlan().orElseThrow();
      Project outside = p.withPlacement(p.placement().withProgramme(Programme.KESTAVAA_KASVUA_JA_TYOTA_2014_2020))
          .withFundingPlan(f.withLines(f.lines().stream().map(l -> l.source() == FundingSource.OWN_MUNICIPAL
              ? l.withApplied(l.applied().add(Eur.of(100))) : l).toList()));

      ValidationReport r = validator.validate(outside);

      assertTrue(r.forRule("FUNDING-LINES-SUM").stream().anyMatch(v -> v.severity() == Severity.ERROR), r::toString);
      assertEquals(1, r.forRule(OutsideProfile.ID).size(), r::toString);
      assertTrue(r.coverage().checked().contains("FUNDING-LINES-SUM"));
    });
  }

  @Test
  void aGroupOfAnotherProgrammeGetsOneFindingAndItsMembersAreNotJudgedByTheProfile() {
    qt().withExamples(50).forAll(ValidProjects.groups(), integers().between(0, 99)).checkAssert((g, pick) -> {
      List<GroupMember> members = g.members().stream()
          .map(m -> m.withProject(m.project().map(OutsideProfileTest::breakTheProfile))).toList();
      GroupProject outside = g.withPlan(g.plan().withPlacement(g.plan().placement().withProgramme(other(pick))))
          .withMembers(members);

      ValidationReport r = validator.validate(outside);

      List<Violation> found = RuleAssertions.onlyRule(r, OutsideProfile.ID, Severity.INFO);
      assertEquals(1, found.size(), found::toString);
      assertEquals(Path.parse("plan.placement.programme"), found.get(0).path());
      assertTrue(r.coverage().notCheckable().stream().anyMatch(u -> u.ruleId().equals(ObjectiveUnknown.ID)
          && u.path().equals(Path.parse("members[0]")) && u.missing().contains(Fact.IN_PROFILE)),
          r.coverage().notCheckable()::toString);
    });
  }

  @Test
  void aMemberThatNamesAnotherProgrammeOfItsOwnIsReportedThere() {
    qt().withExamples(50).forAll(ValidProjects.groups()).checkAssert(g -> {
      GroupMember first = g.members().get(0);
      List<GroupMember> members = new ArrayList<>(g.members());
      members.set(0, first.withProject(first.project().map(p ->
          p.withPlacement(p.placement().withProgramme(Programme.INTERREG)))));

      List<Violation> found = RuleAssertions.onlyRule(validator.validate(g.withMembers(members)), OutsideProfile.ID,
          Severity.INFO);

      assertEquals(1, found.size(), found::toString);
      assertEquals(Path.parse("members[0].placement.programme"), found.get(0).path());
    });
  }

  @Test
  void theMessageNamesBothProgrammesInTheReadersLanguage() {
    Project p = Project.builder().placement(fi.hanke.core.project.ProgrammePlacement.builder()
        .programme(Programme.KESTAVAA_KASVUA_JA_TYOTA_2014_2020).build()).build();

    Violation v = validator.validate(p).forRule(OutsideProfile.ID).get(0);

    assertEquals("Asiakirja kuuluu ohjelmaan Kestävää kasvua ja työtä 2014–2020 eikä ohjelmaan Uudistuva ja osaava"
        + " Suomi 2021–2027: se on profiilin ulkopuolella, eikä ohjelman Uudistuva ja osaava Suomi 2021–2027"
        + " sääntöjä ole sovellettu siihen.", v.message(new Locale("fi")));
    assertEquals("Dokumentet hör till programmet Hållbar tillväxt och jobb 2014–2020, inte till Förnyelse och"
        + " kompetens i Finland 2021–2027: det ligger utanför profilen, och reglerna för Förnyelse och kompetens i"
        + " Finland 2021–2027 har inte tillämpats på det.", v.message(new Locale("sv")));
    assertEquals("The document belongs to the programme Sustainable Growth and Jobs 2014–2020, not to Innovation and"
        + " Skills in Finland 2021–2027: it is outside the profile, and the rules of Innovation and Skills in Finland"
        + " 2021–2027 were not applied to it.", v.message(Locale.ENGLISH));
  }

  @Test
  void theCoverageSaysWhyTheProfilesRulesDidNotRun() {
    Project p = Project.builder().placement(fi.hanke.core.project.ProgrammePlacement.builder()
        .programme(Programme.RRF).specificObjective("1.1").build()).build();

    ReportCoverage c = validator.validate(p).coverage();

    assertTrue(c.notCheckable().stream().anyMatch(u -> u.ruleId().equals(ObjectiveUnknown.ID)
        && u.missing().equals(Set.of(Fact.IN_PROFILE))), c.notCheckable()::toString);
  }
}

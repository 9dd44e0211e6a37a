package fi.hanke.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fi.hanke.core.Coverage;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.validation.testing.FactRemoval;
import fi.hanke.validation.testing.ValidProjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Partial documents: nothing is inferred from what a document does not state, and the report says so. */
class PartialDocumentsTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  private static <T> List<T> keep(List<T> lines, long mask) {
    List<T> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if ((mask >> i & 1) == 0) {
        kept.add(lines.get(i));
      }
    }
    return kept;
  }

  /** The project with both tables PARTIAL and the lines the masks name deleted (totals stay as stated). */
  private static Project partial(Project p, long costMask, long fundingMask) {
    CostEstimate e = p.costEstimate().orElseThrow();
    FundingPlan f = p.fundingPlan().orElseThrow();
    List<CostLine> costs = keep(e.lines(), costMask);
    List<FundingLine> funding = keep(f.lines(), fundingMask);
    return p.withCostEstimate(e.withCoverage(Coverage.PARTIAL).withLines(costs))
        .withFundingPlan(f.withCoverage(Coverage.PARTIAL).withLines(funding));
  }

  private static List<String> errors(ValidationReport r) {
    return r.violations(Severity.ERROR).stream().map(v -> v.ruleId() + " @" + v.path()).collect(Collectors.toList());
  }

  @Test
  void partialTablesWithAnySubsetOfTheirLinesDeletedRaiseNoError() {
    qt().withExamples(300).forAll(ValidProjects.projects(), longs().all(), longs().all())
        .checkAssert((p, costMask, fundingMask) ->
            assertEquals(List.of(), errors(validator.validate(partial(p, costMask, fundingMask)))));
  }

  @Test
  void aGroupWhosePlanMembersAndMemberListArePartialRaisesNoError() {
    qt().withExamples(100).forAll(ValidProjects.groups(), longs().all(), longs().all(), integers().between(0, 3))
        .checkAssert((g, costMask, fundingMask, dropped) -> {
          List<GroupMember> members = new ArrayList<>();
          for (int i = 0; i < g.members().size(); i++) {
            GroupMember m = g.members().get(i);
            long costs = costMask >> i;
            long funding = fundingMask >> i;
            if (i != dropped) {
              members.add(m.withProject(m.project().map(p -> partial(p, costs, funding))));
            }
          }
          GroupProject partial = g.withPlan(partial(g.plan(), costMask, fundingMask))
              .withMembers(members).withMemberCoverage(Coverage.PARTIAL);
          assertEquals(List.of(), errors(validator.validate(partial)));
        });
  }

  @Test
  void deletingALineFromACompleteTableStillReportsTheHole() {
    qt().withExamples(100).forAll(ValidProjects.projects()).checkAssert(p -> {
      FundingPlan f = p.fundingPlan().orElseThrow();
      // the own municipal funding is always stated and at least 1/61 of a fifth of 10 000 €
      Project broken = p.withFundingPlan(f.withLines(f.lines().stream()
          .filter(l -> l.source() != fi.hanke.core.funding.FundingSource.OWN_MUNICIPAL).toList()));
      assertTrue(validator.validate(broken).forRule("FUNDING-LINES-SUM").stream()
          .anyMatch(v -> v.severity() == Severity.ERROR));
    });
  }

  @Test
  void removingAnyFactFromAValidDocumentRaisesNoError() {
    qt().withExamples(200).forAll(ValidProjects.projects(), integers().between(0, Fact.values().length - 1))
        .checkAssert((p, f) -> assertEquals(List.of(),
            errors(validator.validate(FactRemoval.remove(p, Fact.values()[f]))), Fact.values()[f]::name));
    qt().withExamples(100).forAll(ValidProjects.groups(), integers().between(0, Fact.values().length - 1))
        .checkAssert((g, f) -> assertEquals(List.of(),
            errors(validator.validate(FactRemoval.remove(g, Fact.values()[f]))), Fact.values()[f]::name));
  }

  /**
   * Every rule's declared facts are what it needs: without any one of them the rule does not run where the
   * document lacks it, the coverage names that fact, and the rule reports nothing there.
   */
  @Test
  void withoutAnyOfItsDeclaredFactsARuleIsNotCheckableThereAndReportsNothing() {
    for (Rule rule : RuleCatalogue.standard()) {
      for (Fact fact : rule.facts()) {
        qt().withExamples(10).forAll(ValidProjects.groups()).checkAssert(g -> {
          Validator withRegister = fact == Fact.DE_MINIMIS_REGISTER ? validator
              : Validator.builder().profile(ValidProjects.profile())
                  .deMinimisRegister(fi.hanke.core.aid.DeMinimisLedger.of(List.of())).build();
          if (rule.checksGroups()) {
            ValidationReport r = withRegister.validate(FactRemoval.remove(g, fact));
            assertNotCheckable(rule, fact, r, Path.root());
          }
          if (rule.checksProjects() && fact == Fact.ONE_COST_MODEL) {
            // only a group's totals can lack one cost model: checked on its shared plan
            ValidationReport r = withRegister.validate(FactRemoval.remove(g, fact));
            assertTrue(r.coverage().notCheckable().stream().anyMatch(u -> u.ruleId().equals(rule.id())
                && u.path().equals(Path.root().field("plan")) && u.missing().contains(fact)), r.coverage()::toString);
          } else if (rule.checksProjects()) {
            Project p = g.members().get(0).project().orElseThrow();
            ValidationReport r = withRegister.validate(FactRemoval.remove(p, fact));
            assertNotCheckable(rule, fact, r, Path.root());
          }
        });
      }
    }
  }

  private static void assertNotCheckable(Rule rule, Fact fact, ValidationReport r, Path where) {
    assertTrue(r.coverage().notCheckable().stream()
        .anyMatch(u -> u.ruleId().equals(rule.id()) && u.path().equals(where) && u.missing().contains(fact)),
        () -> rule.id() + " without " + fact + ": " + r.coverage().notCheckable());
    assertEquals(List.of(), r.forRule(rule.id()), () -> rule.id() + " without " + fact);
  }

  /**
   * A validator keeps, per rule, the sets of facts it lacked, and the lists of rules checked and not applicable of
   * each outcome it has seen, shared between reports; documents that lack other facts, one after another, must
   * each get the coverage and the report a fresh validator gives them.
   */
  @Test
  void documentsLackingOtherFactsOneAfterAnotherGetTheReportOfAFreshValidator() {
    Validator shared = Validator.of(ValidProjects.profile());
    Fact[] facts = Fact.values();
    qt().withExamples(200).forAll(ValidProjects.groups(), integers().between(0, facts.length - 1))
        .checkAssert((g, f) -> {
          GroupProject lacking = FactRemoval.remove(g, facts[f]);
          for (Object document : List.of(lacking, lacking.plan(), g, g.plan())) {
            Validator fresh = Validator.of(ValidProjects.profile());
            ValidationReport reused = document instanceof GroupProject p ? shared.validate(p)
                : shared.validate((Project) document);
            ValidationReport own = document instanceof GroupProject p ? fresh.validate(p)
                : fresh.validate((Project) document);
            assertEquals(own.coverage().checked(), reused.coverage().checked());
            assertEquals(own.coverage().notApplicable(), reused.coverage().notApplicable());
            assertEquals(own.coverage().notCheckable(), reused.coverage().notCheckable());
            assertEquals(own.coverage().notCheckable().toString(), reused.coverage().notCheckable().toString());
            assertEquals(own.toText(), reused.toText());
            assertEquals(own.toJson(Locale.ROOT), reused.toJson(Locale.ROOT));
          }
        });
  }

  @Test
  void aRuleThatChecksOnlyGroupsDoesNotApplyToASingleProject() {
    ValidationReport r = validator.validate(Project.builder().build());
    assertTrue(r.coverage().notApplicable().contains("GROUP-MAIN-IMPLEMENTER"), r.coverage().notApplicable()::toString);
    assertTrue(r.coverage().notCheckable().stream().noneMatch(u -> u.ruleId().equals("GROUP-MAIN-IMPLEMENTER")));
  }

  @Test
  void aCompleteValidProjectIsCheckedByEveryProjectRuleWhoseFactsItStates() {
    qt().withExamples(50).forAll(ValidProjects.projects()).checkAssert(p -> {
      ValidationReport r = validator.validate(p);
      for (String id : List.of("COST-NET-TOTAL", "FUNDING-LINES-SUM", "FUNDING-MATCHES-COST", "FUNDING-AID-CEILING",
          "DATE-END-BEFORE-START", "PROGRAMME-OBJECTIVE-PRIORITY")) {
        assertTrue(r.coverage().checked().contains(id), id);
      }
      assertEquals(Optional.empty(), r.coverage().checked().stream().filter(r.coverage().notApplicable()::contains)
          .findFirst());
    });
  }
}

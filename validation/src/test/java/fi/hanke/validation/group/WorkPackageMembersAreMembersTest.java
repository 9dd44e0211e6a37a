package fi.hanke.validation.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.money.Eur;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.work.FeeTier;
import fi.hanke.core.work.ParticipationFee;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class WorkPackageMembersAreMembersTest {
  private static final String STRANGER = "Tuntematon";

  // A fee on a plan without income is also WORK-FEES-WITHOUT-INCOME's finding (866/2021 §4); these tests are about
  // who collects the fee, so that rule is off here and has its own test.
  private final Validator validator = Validator.builder().profile(ValidProjects.profile())
      .disable(fi.hanke.validation.work.FeesWithoutIncome.ID).build();

  private static GroupProject withWorkPackage(GroupProject g, int i, UnaryOperator<WorkPackage> edit) {
    List<WorkPackage> wps = new ArrayList<>(g.plan().workPackages());
    wps.set(i, edit.apply(wps.get(i)));
    return g.withPlan(g.plan().withWorkPackages(wps));
  }

  private static ParticipationFee fee(String collectedBy) {
    ParticipationFee.Builder b = ParticipationFee.builder().addTier(FeeTier.builder().amount(Eur.of(350)).build());
    if (collectedBy != null) {
      b.collectedBy(collectedBy);
    }
    return b.build();
  }

  private void assertStranger(GroupProject broken, String path, String code) {
    List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), WorkPackageMembersAreMembers.ID,
        Severity.ERROR);
    assertEquals(1, found.size(), found::toString);
    assertEquals(Path.parse(path), found.get(0).path());
    assertEquals(code, found.get(0).argument("workPackage"));
    assertEquals(STRANGER, found.get(0).argument("member"));
  }

  @Test
  void aCostBearerThatIsNoMemberIsReported() {
    qt().withExamples(100).forAll(ValidProjects.groups(), integers().allPositive()).checkAssert((g, n) -> {
      int i = n % g.plan().workPackages().size();
      String code = g.plan().workPackages().get(i).code();
      assertStranger(withWorkPackage(g, i, wp -> wp.withCostBearer(STRANGER)),
          "plan.workPackages[" + code + "].costBearer", code);
    });
  }

  @Test
  void aResponsibleMemberThatIsNoMemberIsReportedAtItsPlaceInTheList() {
    qt().withExamples(100).forAll(ValidProjects.groups(), integers().allPositive()).checkAssert((g, n) -> {
      int i = n % g.plan().workPackages().size();
      WorkPackage wp = g.plan().workPackages().get(i);
      List<String> responsible = new ArrayList<>(wp.responsibleMembers());
      responsible.add(STRANGER);
      assertStranger(withWorkPackage(g, i, w -> w.withResponsibleMembers(responsible)),
          "plan.workPackages[" + wp.code() + "].responsibleMembers[" + (responsible.size() - 1) + "]", wp.code());
    });
  }

  @Test
  void aParticipationFeeCollectedByNoMemberIsReported() {
    qt().withExamples(100).forAll(ValidProjects.groups(), integers().allPositive()).checkAssert((g, n) -> {
      int i = n % g.plan().workPackages().size();
      String code = g.plan().workPackages().get(i).code();
      String member = g.members().get(n % g.members().size()).key();
      assertStranger(withWorkPackage(g, i, wp -> wp.withParticipationFees(fee(member), fee(null), fee(STRANGER))),
          "plan.workPackages[" + code + "].participationFees[2].collectedBy", code);
    });
  }

  @Test
  void aWorkPackageNamingNoMemberAtAllIsNoError() {
    qt().withExamples(20).forAll(ValidProjects.groups()).checkAssert(g -> {
      GroupProject unnamed = withWorkPackage(g, 0, wp -> wp.withResponsibleMembers().withCostBearer(
          java.util.Optional.empty()).withParticipationFees(fee(null)));
      assertEquals(List.of(), validator.validate(unnamed).forRule(WorkPackageMembersAreMembers.ID));
    });
  }
}

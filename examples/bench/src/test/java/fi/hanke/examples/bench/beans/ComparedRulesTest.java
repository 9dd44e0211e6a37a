package fi.hanke.examples.bench.beans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleCatalogue;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The compared rule set is Hanke's catalogue less the excluded rules, and each of its rules is one constraint. */
class ComparedRulesTest {
  /** Every form class that carries class-level constraints ({@link MemberForm} inherits {@link ProjectForm}'s). */
  private static final List<Class<?>> FORMS = List.of(ProjectForm.class, GroupProjectForm.class, CostEstimateForm.class,
      FundingPlanForm.class, CostModelForm.class, PlacementForm.class, AssessmentForm.class, OrganisationForm.class);

  @Test
  void theComparedAndTheExcludedRulesTogetherAreHankesStandardCatalogue() {
    Set<String> standard = RuleCatalogue.standard().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
    Set<String> both = new TreeSet<>(ComparedRules.IDS);
    both.addAll(ComparedRules.EXCLUDED.keySet());
    assertEquals(standard, both);
    assertEquals(ComparedRules.IDS.size() + ComparedRules.EXCLUDED.size(), standard.size(), "no rule is both");
  }

  @Test
  void everyComparedRuleIsExactlyOneClassLevelConstraintWhoseMessageKeyIsItsId() {
    List<String> keys = new ArrayList<>();
    try (ValidatorFactory factory = FormValidation.factory()) {
      for (Class<?> form : FORMS) {
        for (ConstraintDescriptor<?> c : factory.getValidator().getConstraintsForClass(form).getConstraintDescriptors()) {
          keys.add(c.getMessageTemplate());
        }
      }
    }
    List<String> expected = ComparedRules.IDS.stream().map(id -> "{" + id + "}").sorted().collect(Collectors.toList());
    keys.sort(null);
    assertEquals(expected, keys);
  }

  @Test
  void memberFormsCarryTheSameProjectConstraintsAsProjectForms() {
    try (ValidatorFactory factory = FormValidation.factory()) {
      Set<String> project = templates(factory, ProjectForm.class);
      Set<String> member = templates(factory, MemberForm.class);
      assertTrue(member.equals(project) && project.size() == 23, () -> project + " / " + member);
    }
  }

  private static Set<String> templates(ValidatorFactory factory, Class<?> form) {
    return factory.getValidator().getConstraintsForClass(form).getConstraintDescriptors().stream()
        .map(ConstraintDescriptor::getMessageTemplate).collect(Collectors.toCollection(TreeSet::new));
  }
}

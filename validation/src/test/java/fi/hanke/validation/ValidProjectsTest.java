package fi.hanke.validation;

import static org.quicktheories.QuickTheory.qt;

import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import org.junit.jupiter.api.Test;

class ValidProjectsTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void generatedValidProjectsRaiseNoFindingAtAll() {
    qt().withExamples(300).forAll(ValidProjects.projects()).checkAssert(p -> RuleAssertions.clean(validator.validate(p)));
  }

  @Test
  void generatedValidGroupProjectsRaiseNoFindingAtAll() {
    qt().withExamples(150).forAll(ValidProjects.groups()).checkAssert(g -> RuleAssertions.clean(validator.validate(g)));
  }
}

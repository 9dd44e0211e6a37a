package fi.hanke.validation.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import fi.hanke.core.org.OrganisationKind;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MunicipalVatTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  private static Project withVat(Project p, OrganisationKind kind) {
    return p.withApplicant(p.applicant().orElseThrow().withKind(kind))
        .withCostModel(p.costModel().orElseThrow().withVatIncluded(true));
  }

  @Test
  void aMunicipalityWhoseCostsIncludeVatIsAnError() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      Project broken = withVat(p, OrganisationKind.MUNICIPALITY);
      Violation v = RuleAssertions.onlyRule(validator.validate(broken), MunicipalVat.ID, Severity.ERROR).get(0);
      assertEquals("costModel.vatIncluded", v.path().toString());
      assertEquals(p.applicant().orElseThrow().name(), v.argument("applicant"));
    });
  }

  @Test
  void anAssociationMayShowVatItCannotDeduct() {
    qt().forAll(ValidProjects.projects()).checkAssert(p ->
        assertEquals(List.of(), validator.validate(withVat(p, OrganisationKind.ASSOCIATION)).forRule(MunicipalVat.ID)));
  }

  @Test
  void theSwedishMessageSaysMunicipalVatIsNeverEligible() {
    qt().withExamples(1).forAll(ValidProjects.projects()).checkAssert(p -> {
      Violation v = validator.validate(withVat(p, OrganisationKind.MUNICIPALITY)).forRule(MunicipalVat.ID).get(0);
      assertEquals(true, v.message(new Locale("sv")).endsWith("är aldrig stödberättigande."), v.message(new Locale("sv")));
    });
  }
}

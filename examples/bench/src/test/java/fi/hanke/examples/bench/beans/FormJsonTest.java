package fi.hanke.examples.bench.beans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.examples.bench.TypicalProjects;
import fi.hanke.examples.seeds.Seed;
import fi.hanke.examples.seeds.Seeds;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A form read by databind from the text {@link FormJson#write(Object)} gives is the same form: it writes the same
 * text again and Hibernate Validator finds the same in it, so the read-and-validate comparison reads the same
 * information Hanke reads.
 */
class FormJsonTest {
  private static ValidatorFactory factory;
  private static jakarta.validation.Validator hibernate;

  @BeforeAll
  static void buildValidator() {
    factory = FormValidation.factory();
    hibernate = factory.getValidator();
  }

  @AfterAll
  static void closeFactory() {
    factory.close();
  }

  private static void assertReadsBack(String what, Object form) throws IOException {
    String text = FormJson.write(form);
    Object again = FormJson.mapper().readValue(text, form.getClass());
    assertEquals(text, FormJson.write(again), what + ": the text written again");
    assertEquals(Finding.of(hibernate.validate(form)), Finding.of(hibernate.validate(again)),
        what + ": the findings on the form, then on the form read back");
  }

  @Test
  void theTypicalProjectsReadBackAsTheSameFormsWithTheSameFindings() throws IOException {
    assertReadsBack("single", Forms.from(TypicalProjects.single()));
    assertReadsBack("group", Forms.from(TypicalProjects.group()));
  }

  @Test
  void theSeedsReadBackAsTheSameFormsWithTheSameFindings() throws IOException {
    int withFindings = 0;
    for (Seed seed : Seeds.all()) {
      Object form = seed.group().<Object>map(Forms::from)
          .orElseGet(() -> Forms.from(seed.project().orElseThrow()));
      assertReadsBack(seed.toString(), form);
      withFindings += hibernate.validate(form).isEmpty() ? 0 : 1;
    }
    assertFalse(withFindings == 0, "some seed has findings, so that equal findings say something");
  }

  @Test
  void theTextHoldsEveryAmountWithItsCentsAndDatesAsIsoText() {
    ProjectForm form = Forms.from(TypicalProjects.single());
    String text = FormJson.write(form);
    String amount = form.getCostEstimate().getLines().get(0).getApplied().toPlainString();
    assertTrue(amount.matches("[0-9]+\\.[0-9]{2}"), amount);
    assertTrue(text.contains("\"applied\":" + amount), () -> amount + " in " + text);
    assertTrue(text.contains("\"start\":\"" + form.getStart() + "\""), text);
  }
}

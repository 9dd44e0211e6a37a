package fi.hanke.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.validation.testing.ValidProjects;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

class ArgumentDeclarationTest {
  private static final Argument<MonetaryAmount> AMOUNT = Argument.of("amount", MonetaryAmount.class);
  private static final Argument<String> NAME = Argument.of("name", String.class);

  /** A host rule that reports the arguments it is given, whatever it declares. */
  private static final class Reporting extends Rule {
    private final Object[] reported;

    Reporting(Object[] reported, Argument<?>... declared) {
      super("HOST-TEST", Severity.WARNING, Family.PROGRAMME, "Test rule.", "test", declared);
      this.reported = reported;
    }

    @Override
    public void check(Project project, RuleContext context) {
      context.report(Path.root().field("name"), reported);
    }
  }

  private static void validate(Rule rule) {
    Validator.builder().profile(ValidProjects.profile()).addRule(rule).build().validate(Project.builder().build());
  }

  @Test
  void aFindingWithEveryDeclaredArgumentOfItsTypeIsReportedWithThem() {
    Rule rule = new Reporting(new Object[] {"amount", Eur.of(5), "name", "x"}, AMOUNT, NAME);
    ValidationReport report = Validator.builder().profile(ValidProjects.profile()).addRule(rule).build()
        .validate(Project.builder().build());
    Violation v = report.forRule("HOST-TEST").get(0);
    assertEquals(Eur.of(5), v.argument("amount"));
    assertEquals(List.of("amount", "name"), List.copyOf(v.arguments().keySet()));
  }

  @Test
  void anUndeclaredArgumentIsRefusedWithItsName() {
    Rule rule = new Reporting(new Object[] {"amount", Eur.of(5), "other", "x"}, AMOUNT, NAME);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> validate(rule));
    assertTrue(e.getMessage().contains("'other'"), e.getMessage());
  }

  @Test
  void aMissingArgumentIsRefused() {
    Rule rule = new Reporting(new Object[] {"amount", Eur.of(5)}, AMOUNT, NAME);
    assertThrows(IllegalStateException.class, () -> validate(rule));
  }

  @Test
  void aValueOfAnotherTypeIsRefusedWithTheDeclaredType() {
    Rule rule = new Reporting(new Object[] {"amount", "5 €", "name", "x"}, AMOUNT, NAME);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> validate(rule));
    assertTrue(e.getMessage().contains("amount: MonetaryAmount"), e.getMessage());
  }

  @Test
  void aRuleCannotDeclareOneNameTwice() {
    assertThrows(IllegalArgumentException.class, () -> new Reporting(new Object[0], NAME, Argument.of("name", Long.class)));
  }

  @Test
  void argumentNamesAreLettersAndDigits() {
    assertThrows(IllegalArgumentException.class, () -> Argument.of("net cost", MonetaryAmount.class));
    assertEquals("amount: MonetaryAmount", AMOUNT.toString());
    assertTrue(AMOUNT.admits(Eur.of(1)));
    assertTrue(!AMOUNT.admits(null));
  }
}

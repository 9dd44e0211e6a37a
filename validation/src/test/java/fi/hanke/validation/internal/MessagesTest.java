package fi.hanke.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.money.Eur;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleCatalogue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void everyRuleHasAMessageInFinnishSwedishAndEnglish() {
    List<String> missing = new ArrayList<>();
    for (Rule rule : RuleCatalogue.standard()) {
      for (Locale locale : Messages.LANGUAGES) {
        for (String key : keysOf(rule)) {
          try {
            Messages.template(key, locale);
          } catch (MissingResourceException e) {
            missing.add(key + " [" + locale + "]");
          }
        }
      }
    }
    assertTrue(missing.isEmpty(), () -> "messages missing: " + missing);
  }

  @Test
  void noMessageNamesAnArgumentItsRuleDoesNotSupply() {
    List<String> wrong = new ArrayList<>();
    for (Rule rule : RuleCatalogue.standard()) {
      for (Locale locale : Messages.LANGUAGES) {
        for (String key : keysOf(rule)) {
          for (String name : Messages.argumentNames(Messages.template(key, locale))) {
            if (!rule.argumentNames().contains(name)) {
              wrong.add(key + " [" + locale + "] names {" + name + "}; the rule supplies " + rule.argumentNames());
            }
          }
        }
      }
    }
    assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
  }

  @Test
  void theThreeLanguagesHaveTheSameKeys() {
    TreeSet<String> fi = new TreeSet<>(Messages.bundle(new Locale("fi")).keySet());
    assertEquals(fi, new TreeSet<>(Messages.bundle(new Locale("sv")).keySet()));
    assertEquals(fi, new TreeSet<>(Messages.bundle(Locale.ENGLISH).keySet()));
  }

  @Test
  void finnishAmountsUseSpacesForThousandsAndACommaForCents() {
    String text = Messages.render("{a} ja {b} €", Map.of("a", Eur.parse("273907"), "b", new BigDecimal("78046.78")), new Locale("fi"));
    assertEquals("273\u00a0907,00\u00a0€ ja 78\u00a0046,78 €", text);
  }

  @Test
  void datesAreDayMonthYearInFinnishAndIsoInEnglish() {
    Map<String, Object> args = Map.of("d", LocalDate.of(2024, 3, 1));
    assertEquals("1.3.2024", Messages.render("{d}", args, new Locale("fi")));
    assertEquals("2024-03-01", Messages.render("{d}", args, Locale.ENGLISH));
  }

  @Test
  void anUnknownPlaceholderIsLeftAsWritten() {
    assertEquals("{x} ok", Messages.render("{x} ok", Map.of(), Locale.ENGLISH));
  }

  @Test
  void anUnsupportedLanguageFallsBackToEnglish() {
    assertEquals(Messages.template("report.summary", Locale.ENGLISH), Messages.template("report.summary", Locale.GERMAN));
  }

  private static List<String> keysOf(Rule rule) {
    return rule.reportsWithinTolerance() ? List.of(rule.id(), rule.id() + ".withinTolerance") : List.of(rule.id());
  }
}

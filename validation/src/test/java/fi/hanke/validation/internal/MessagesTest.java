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
  void theBundlesOfEveryFamilyAreReadInTheOrderOfFamily() {
    List<String> families = new ArrayList<>();
    for (fi.hanke.validation.Family family : fi.hanke.validation.Family.values()) {
      families.add(family.name().toLowerCase(Locale.ROOT));
    }
    assertEquals(families, Messages.FAMILY_PACKAGES);
  }

  @Test
  void everyRuleHasAMessageInFinnishSwedishAndEnglish() {
    List<String> missing = new ArrayList<>();
    for (Rule rule : RuleCatalogue.standard()) {
      for (Locale locale : Messages.LANGUAGES) {
        for (String key : rule.messageKeys()) {
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
        for (String key : rule.messageKeys()) {
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
    assertEquals("273\u00a0907,00\u00a0€ ja 78\u00a0046,78\u00a0€", text);
  }

  @Test
  void everyAmountHasTheLanguagesOneMoneyStyle() {
    Map<String, Object> args = Map.of("a", Eur.of(273_907), "b", new BigDecimal("-8600.5"));
    assertEquals("273\u00a0907,00\u00a0€ / -8\u00a0600,50\u00a0€", Messages.render("{a} / {b} €", args, new Locale("sv")));
    assertEquals("€273,907.00 / -€8,600.50", Messages.render("{a} / {b} €", args, Locale.ENGLISH));
  }

  @Test
  void theReportSummaryHasItsPluralsRightInEachLanguage() {
    assertEquals("Yhteensä 1 virhe, 2 varoitusta, 0 huomautusta.", summary(new Locale("fi"), 1, 2, 0));
    assertEquals("Yhteensä 2 virhettä, 1 varoitus, 1 huomautus.", summary(new Locale("fi"), 2, 1, 1));
    assertEquals("Sammanlagt 1 fel, 1 varning, 1 anmärkning.", summary(new Locale("sv"), 1, 1, 1));
    assertEquals("Sammanlagt 2 fel, 0 varningar, 2 anmärkningar.", summary(new Locale("sv"), 2, 0, 2));
    assertEquals("1 error, 1 warning, 1 note in all.", summary(Locale.ENGLISH, 1, 1, 1));
    assertEquals("0 errors, 2 warnings, 12 notes in all.", summary(Locale.ENGLISH, 0, 2, 12));
    assertEquals(List.of("errors", "errors", "warnings", "warnings", "infos", "infos"),
        Messages.argumentNames(Messages.template("report.summary", Locale.ENGLISH)));
  }

  private static String summary(Locale locale, long errors, long warnings, long infos) {
    return Messages.render(Messages.template("report.summary", locale),
        Map.of("errors", errors, "warnings", warnings, "infos", infos), locale);
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
}

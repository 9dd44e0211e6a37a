package fi.hanke.validation.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.validation.Family;
import fi.hanke.validation.Messages;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleCatalogue;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WorkMessagesTest {
  @Test
  void everyWorkRuleHasAMessageInEachLanguageUsingOnlyItsDeclaredArguments() {
    for (Rule rule : WorkRules.all()) {
      assertEquals(Family.WORK, rule.family(), rule.id());
      assertTrue(RuleCatalogue.standard().stream().anyMatch(r -> r.id().equals(rule.id())), rule.id());
      for (Locale language : Messages.LANGUAGES) {
        String template = Messages.template(rule.id(), language);
        assertTrue(rule.arguments().containsAll(Messages.argumentNames(template)), rule.id() + " " + language + ": " + template);
        if (rule.reportsWithinTolerance()) {
          String within = Messages.template(rule.id() + ".withinTolerance", language);
          assertTrue(rule.arguments().containsAll(Messages.argumentNames(within)), rule.id() + " " + language);
        }
      }
    }
  }
}

package fi.hanke.validation.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.hanke.validation.Family;
import fi.hanke.validation.Messages;
import fi.hanke.validation.Rule;
import java.util.HashSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IdentityMessagesTest {
  @Test
  void everyRuleOfTheFamilyHasAMessageInEachLanguageNamingExactlyItsDeclaredArguments() {
    for (Rule rule : IdentityRules.all()) {
      assertEquals(Family.IDENTITY, rule.family(), rule::id);
      for (Locale language : Messages.LANGUAGES) {
        String template = Messages.template(rule.id(), language);
        assertEquals(new HashSet<>(rule.arguments()), new HashSet<>(Messages.argumentNames(template)),
            () -> rule.id() + " in " + language + ": " + template);
      }
    }
  }
}

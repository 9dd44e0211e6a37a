package fi.hanke.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.money.Eur;
import fi.hanke.validation.cost.NetTotal;
import fi.hanke.validation.funding.LinesSum;
import fi.hanke.validation.testing.ValidProjects;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code Validator.Builder.options} replaces every option set before, as its Javadoc says. */
class ValidatorOptionsTest {

  private static boolean active(Validator v, String id) {
    return v.rules().stream().anyMatch(r -> r.id().equals(id));
  }

  @Test
  void optionsReplaceWhatWasSetBefore() {
    Validator v = Validator.builder().profile(ValidProjects.profile())
        .referenceDate(LocalDate.of(2025, 1, 1)).tolerance(Eur.of(10)).language(Locale.ENGLISH).disable(NetTotal.ID)
        .options(ValidationOptions.builder().disabledRules(Set.of(LinesSum.ID)).build())
        .build();
    ValidationOptions defaults = ValidationOptions.builder().build();
    assertEquals(Optional.empty(), v.options().referenceDate());
    assertEquals(defaults.tolerance(), v.options().tolerance());
    assertEquals(defaults.language(), v.options().language());
    assertEquals(Set.of(LinesSum.ID), v.options().disabledRules());
    assertTrue(active(v, NetTotal.ID));
    assertFalse(active(v, LinesSum.ID));
  }

  @Test
  void settingsAfterOptionsApplyOnTopOfThem() {
    Validator v = Validator.builder().profile(ValidProjects.profile())
        .options(ValidationOptions.builder().referenceDate(LocalDate.of(2024, 6, 1)).build())
        .language(Locale.ENGLISH).disable(NetTotal.ID)
        .build();
    assertEquals(Optional.of(LocalDate.of(2024, 6, 1)), v.options().referenceDate());
    assertEquals(Locale.ENGLISH, v.options().language());
    assertEquals(Set.of(NetTotal.ID), v.options().disabledRules());
  }
}

package fi.hanke.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.cost.CostOption;
import fi.hanke.core.programme.ProgrammeProfile;
import fi.hanke.core.programme.Programmes;
import fi.hanke.core.programme.ProjectType;
import fi.hanke.core.project.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RuleContextTest {
  private static final ProgrammeProfile PROFILE = Programmes.finland2021to2027();
  private static final Project UNDATED = Project.builder().name("Päiväämätön").build();
  private static final Project DATED = UNDATED.withReceived(LocalDate.of(2025, 3, 14));

  private static RuleContext context(Map<Object, RuleContext.WholeProgramme> shared) {
    Rule rule = RuleCatalogue.standard().get(0);
    return new RuleContext(rule, PROFILE, ValidationOptions.builder().build(), new ArrayList<>(), 1, shared);
  }

  @Test
  void aKeptWholeProgrammeAnswerIsTheAnswerOfTheCheckMadeEveryTime() {
    Map<Object, RuleContext.WholeProgramme> shared = new ConcurrentHashMap<>();
    for (int round = 0; round < 2; round++) { // the second round answers from what the first kept
      for (CostOption option : CostOption.values()) {
        Function<LocalDate, Optional<Object>> lookup = d -> PROFILE.flatRate(option, d).map(r -> r);
        assertEquals(context(shared).onDecidingDate(UNDATED, lookup),
            context(shared).onDecidingDate(UNDATED, List.of("flatRate", option), lookup), option.name());
      }
      for (ProjectType type : ProjectType.values()) {
        Function<LocalDate, Optional<Object>> lookup = d -> PROFILE.aidCeiling(type, d).map(r -> r);
        assertEquals(context(shared).onDecidingDate(UNDATED, lookup),
            context(shared).onDecidingDate(UNDATED, List.of("aidCeiling", type), lookup), type.name());
      }
      // a value that changes during the programme is not used for an undated document
      Function<LocalDate, Optional<Integer>> changing = d -> Optional.of(d.isBefore(LocalDate.of(2025, 1, 1)) ? 1 : 2);
      assertEquals(Optional.empty(), context(shared).onDecidingDate(UNDATED, "changing", changing));
      assertEquals(Optional.empty(), context(shared).onDecidingDate(UNDATED, changing));
    }
  }

  @Test
  void anUndatedDocumentsWholeProgrammeCheckIsMadeOncePerValidatorAndKey() {
    Map<Object, RuleContext.WholeProgramme> shared = new ConcurrentHashMap<>();
    AtomicInteger lookups = new AtomicInteger();
    Function<LocalDate, Optional<String>> lookup = d -> {
      lookups.incrementAndGet();
      return Optional.of("sama");
    };
    assertEquals(Optional.of("sama"), context(shared).onDecidingDate(UNDATED, "key", lookup));
    int once = lookups.get();
    assertTrue(once > 80, once + " lookups: one a month over the programme"); // 2021–2029, a month each
    for (int i = 0; i < 100; i++) {
      assertEquals(Optional.of("sama"), context(shared).onDecidingDate(UNDATED, "key", lookup));
    }
    assertEquals(once, lookups.get());
    context(shared).onDecidingDate(UNDATED, "another key", lookup);
    assertEquals(2 * once, lookups.get());
    // without a key, every call checks the whole programme again
    context(shared).onDecidingDate(UNDATED, lookup);
    assertEquals(3 * once, lookups.get());
  }

  @Test
  void aDatedDocumentLooksItsDateUpEveryTimeAndKeepsNothing() {
    Map<Object, RuleContext.WholeProgramme> shared = new ConcurrentHashMap<>();
    List<LocalDate> asked = new ArrayList<>();
    Function<LocalDate, Optional<LocalDate>> lookup = d -> {
      asked.add(d);
      return Optional.of(d);
    };
    assertEquals(Optional.of(LocalDate.of(2025, 3, 14)), context(shared).onDecidingDate(DATED, "key", lookup));
    assertEquals(Optional.of(LocalDate.of(2025, 3, 14)), context(shared).onDecidingDate(DATED, "key", lookup));
    assertEquals(List.of(LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 14)), asked);
    assertTrue(shared.isEmpty());
  }
}

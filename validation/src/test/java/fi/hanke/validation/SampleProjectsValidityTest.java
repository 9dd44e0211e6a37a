package fi.hanke.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import fi.hanke.core.sample.SampleProjects;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The promise of {@link SampleProjects}: whatever the seed, the standard catalogue finds nothing. */
class SampleProjectsValidityTest {
  private final Validator validator = Validator.of(SampleProjects.profile());

  @Test
  void seededSampleProjectsAndGroupsRaiseNoFindingAtAll() {
    qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      SampleProjects samples = SampleProjects.seeded(seed);
      assertEquals(List.of(), validator.validate(samples.project()).violations());
      assertEquals(List.of(), validator.validate(samples.group()).violations());
    });
  }
}

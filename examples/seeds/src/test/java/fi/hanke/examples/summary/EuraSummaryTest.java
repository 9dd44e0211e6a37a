package fi.hanke.examples.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.programme.Fund;
import fi.hanke.core.programme.Programme;
import fi.hanke.core.project.ProgrammePlacement;
import fi.hanke.core.project.Project;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EuraSummaryTest {
  @Test
  void thePlacementNamesTheProgrammeWhereTheDocumentNamesIt() {
    Project p = Project.builder().placement(ProgrammePlacement.builder()
        .programme(Programme.KESTAVAA_KASVUA_JA_TYOTA_2014_2020).priority(3).fund(Fund.ERDF).build()).build();

    String summary = EuraSummary.in(new Locale("fi")).of(p);

    assertTrue(summary.contains("Ohjelmasijoitus: Kestävää kasvua ja työtä 2014–2020, EAKR, TL 3"), summary);
    assertFalse(EuraSummary.in(new Locale("fi")).of(p.withPlacement(p.placement().withProgramme(Optional.empty())))
        .contains("2014–2020"));
  }
}

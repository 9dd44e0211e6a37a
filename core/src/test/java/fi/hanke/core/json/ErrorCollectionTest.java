package fi.hanke.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.hanke.core.json.JsonProblem.Kind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One pass reports every independent problem, each with its path, line, column and value. */
class ErrorCollectionTest {
  private static final String DOCUMENT = String.join("\n",
      "{",
      "  \"format\": \"hanke/1\",",
      "  \"kind\": \"project\",",
      "  \"nmae\": \"Hallitustyöstä lisää asiakasarvoa\",",
      "  \"applicant\": {\"name\": \"Xamk\", \"kind\": \"UNIVERSITY_OF_APPLIED_SCIENCES\", \"businessId\": \"1234567\"},",
      "  \"costEstimate\": {",
      "    \"lines\": [",
      "      {\"category\": \"STAFF\", \"applied\": \"314240.00\"},",
      "      {\"category\": \"FLAT_RATE\", \"applied\": \"125696.001\"}",
      "    ]",
      "  }",
      "}");

  @Test
  void threeIndependentProblemsAreAllReportedWithTheirPathsLinesAndColumns() {
    List<JsonProblem> problems = assertThrows(HankeJsonException.class, () -> HankeJson.standard().read(DOCUMENT))
        .problems();
    assertEquals(3, problems.size(), problems.toString());

    assertEquals(Kind.UNKNOWN_FIELD, problems.get(0).kind());
    assertEquals("$.nmae", problems.get(0).path());
    assertEquals(4, problems.get(0).line());
    assertEquals(3, problems.get(0).column());
    assertEquals(Optional.of("nmae"), problems.get(0).value());

    assertEquals(Kind.MALFORMED_BUSINESS_ID, problems.get(1).kind());
    assertEquals("$.applicant.businessId", problems.get(1).path());
    assertEquals(5, problems.get(1).line());
    assertEquals(89, problems.get(1).column());
    assertEquals(Optional.of("1234567"), problems.get(1).value());

    assertEquals(Kind.SUB_CENT_AMOUNT, problems.get(2).kind());
    assertEquals("$.costEstimate.lines[1].applied", problems.get(2).path());
    assertEquals(9, problems.get(2).line());
    assertEquals(44, problems.get(2).column());
    assertEquals(Optional.of("125696.001"), problems.get(2).value());
  }

  @Test
  void theExceptionsMessageListsTheProblemsInEnglishOnePerLine() {
    HankeJsonException e = assertThrows(HankeJsonException.class, () -> HankeJson.standard().read(DOCUMENT));
    String[] lines = e.getMessage().split("\n");
    assertEquals(3, lines.length);
    assertEquals("Unknown field at $.nmae (line 4, column 3), value \"nmae\": unknown field 'nmae' of Project;"
        + " its fields are documentKind, documentDate, name, applicant, applicationNumber, diaryNumber, received,"
        + " start, end, authority, call, placement, nationwide, deMinimisServices, regions, municipalities, costModel, costEstimate,"
        + " fundingPlan, workPackages, targets, assessment, decision", lines[0]);
    assertEquals(e.problems().get(2).toString(), lines[2]);
    assertEquals("Summa tarkempi kuin sentti kohdassa $.costEstimate.lines[1].applied (rivi 9, sarake 44),"
        + " arvo \"125696.001\": määrät ilmoitetaan sentin tarkkuudella: enintään kaksi desimaalia",
        e.problems().get(2).message(new Locale("fi")));
    assertEquals("Felaktigt FO-nummer vid $.applicant.businessId (rad 5, kolumn 89), värde \"1234567\": ett FO-nummer"
        + " (Y-tunnus) är sju siffror, ett bindestreck och en kontrollsiffra, NNNNNNN-C, som \"0600598-8\"",
        e.problems().get(1).message(new Locale("sv")));
  }
}

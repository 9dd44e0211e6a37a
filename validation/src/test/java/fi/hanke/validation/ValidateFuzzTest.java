package fi.hanke.validation;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fi.hanke.core.aid.DeMinimisLedger;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.json.HankeJson;
import fi.hanke.core.json.testing.FuzzOracle;
import fi.hanke.validation.testing.ValidProjects;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

/**
 * Coverage-guided fuzzing of read, validate and report: whatever the reader reads, every rule checks without
 * throwing, with and without a de minimis register, and the report is written as text in Finnish, Swedish and
 * English and as JSON, pretty and on one line.
 *
 * <p>A normal test run replays the committed inputs under
 * {@code src/test/resources/fi/hanke/validation/ValidateFuzzTestInputs/}. To fuzz for ten minutes (one core):
 *
 * <pre>
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=10m mvn -B -Djazzer.hooks=true -pl core,validation package -Dtest=ValidateFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class ValidateFuzzTest {
  private static final HankeJson JSON = HankeJson.standard();
  private static final List<Validator> VALIDATORS = List.of(Validator.of(ValidProjects.profile()),
      Validator.builder().profile(ValidProjects.profile()).deMinimisRegister(DeMinimisLedger.of(List.of())).build());
  private static final List<Locale> LANGUAGES = List.of(new Locale("fi"), new Locale("sv"), Locale.ENGLISH);

  @FuzzTest(maxDuration = "60s")
  void readValidateReport(byte[] input) {
    HankeDocument document = FuzzOracle.read(() -> JSON.read(new ByteArrayInputStream(input)));
    if (document == null) {
      return;
    }
    for (Validator validator : VALIDATORS) {
      ValidationReport report = document.map(validator::validate, validator::validate);
      for (Locale language : LANGUAGES) {
        report.toText(language);
      }
      report.toJson(LANGUAGES.get(0));
      report.toJsonLine(Locale.ENGLISH);
    }
  }
}

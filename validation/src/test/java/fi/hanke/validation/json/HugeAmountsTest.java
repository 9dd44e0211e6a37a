package fi.hanke.validation.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fi.hanke.core.aid.DeMinimisLedger;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.json.HankeJson;
import fi.hanke.core.json.HankeJsonException;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import fi.hanke.validation.testing.ValidProjects;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Validation never throws on a document the reader accepts: the reader bounds each amount (15 digits with the
 * cents) and the model refuses amounts whose sums could leave the range of an amount, so that every sum the rules
 * make fits, and anything beyond is the reader's problem at its path, not an exception of a rule.
 */
class HugeAmountsTest {
  private static final HankeJson JSON = HankeJson.standard();
  private static final String HEADER = "{\"format\":\"hanke/1\",\"kind\":\"project\",\"name\":\"Suuri\"";

  /** A project whose cost lines, funding lines and de minimis aid all carry {@code amount}, {@code n} of each. */
  private static String document(String amount, int n) {
    StringBuilder b = new StringBuilder(HEADER).append(",\"costEstimate\":{\"lines\":[");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append("{\"category\":\"STAFF\",\"applied\":\"").append(amount).append("\"}");
    }
    b.append(",{\"category\":\"OTHER\",\"applied\":\"0.01\"}],\"statedNetApplied\":\"0.01\"},\"fundingPlan\":{\"lines\":[");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append("{\"source\":\"EU_AND_STATE\",\"applied\":\"").append(amount).append("\"}");
    }
    b.append(",{\"source\":\"OWN_MUNICIPAL\",\"applied\":\"0.01\"}]},\"workPackages\":[{\"code\":\"1\",\"title\":\"T\","
        + "\"deMinimisMeasures\":[{\"name\":\"M\",\"regulation\":\"GENERAL_2023_2831\",\"marketValue\":\"")
        .append(amount).append("\"}],\"deMinimisParticipants\":[");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append("{\"businessId\":\"0600598-8\",\"size\":\"MICRO\",\"measure\":\"M\","
          + "\"grantedOn\":\"2025-01-0").append(1 + i % 9).append("\"}");
    }
    return b.append("]}]}").toString();
  }

  @Test
  void aDocumentTheReaderAcceptsIsValidatedWithoutThrowingAtAnyAmount() {
    List<Validator> validators = List.of(Validator.of(ValidProjects.profile()), Validator.builder()
        .profile(ValidProjects.profile()).deMinimisRegister(DeMinimisLedger.of(List.of())).build());
    for (String amount : new String[] {"9999999999999.99", "-9999999999999.99", "99999999999999999999999999999999.99",
        "92233720368547758.08"}) {
      for (int n : new int[] {1, 2, 1000}) {
        String text = document(amount, n);
        HankeDocument document;
        try {
          document = JSON.read(text);
        } catch (HankeJsonException refused) {
          continue; // the reader's refusal, at the amount's path, is the other allowed outcome
        }
        for (Validator validator : validators) {
          ValidationReport report = assertDoesNotThrow(() -> document.map(validator::validate, validator::validate),
              amount + " x " + n);
          assertFalse(report.toText(Locale.ENGLISH).isEmpty());
          assertFalse(assertDoesNotThrow(() -> report.toJson(new Locale("fi"))).isEmpty());
        }
      }
    }
  }
}

package fi.hanke.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.validation.testing.Mutations;
import fi.hanke.validation.testing.ValidProjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  private static final Locale FI = new Locale("fi");
  private static final Locale SV = new Locale("sv");
  private final Validator validator = Validator.of(ValidProjects.profile());

  /** A flat view of a JSON document: every scalar by its path, e.g. {@code findings[0].arguments.aid}. */
  private static Map<String, String> flatten(String json) {
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      List<String> path = new ArrayList<>();
      List<Integer> index = new ArrayList<>();
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case START_OBJECT:
          case START_ARRAY:
            if (!index.isEmpty() && index.get(index.size() - 1) >= 0) {
              int i = index.remove(index.size() - 1);
              path.add("[" + i + "]");
              index.add(i + 1);
            }
            index.add(t == JsonToken.START_ARRAY ? 0 : -1);
            path.add("");
            break;
          case END_OBJECT:
          case END_ARRAY:
            index.remove(index.size() - 1);
            path.remove(path.size() - 1);
            if (!path.isEmpty() && path.get(path.size() - 1).startsWith("[")) {
              path.remove(path.size() - 1);
            } else if (!path.isEmpty()) {
              path.set(path.size() - 1, "");
            }
            break;
          case FIELD_NAME:
            path.set(path.size() - 1, "." + p.getCurrentName());
            break;
          default:
            String at = String.join("", path);
            if (index.get(index.size() - 1) >= 0) {
              int i = index.remove(index.size() - 1);
              at += "[" + i + "]";
              index.add(i + 1);
            } else {
              path.set(path.size() - 1, "");
            }
            out.put(at.startsWith(".") ? at.substring(1) : at, t == JsonToken.VALUE_STRING ? p.getText() : "#" + p.getText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void aFindingCarriesItsRuleSeverityPathAmountsAsStringsAndTheMessageInTheAskedLanguage() {
    qt().forAll(ValidProjects.projects(), integers().between(200, 1_000_000)).checkAssert((p, cents) -> {
      Project off = Mutations.addToFundingLine(p, FundingSource.OWN_MUNICIPAL, Eur.ofCents(cents));
      ValidationReport report = validator.validate(off);
      Violation first = report.violations().get(0);
      Map<String, String> fi = flatten(report.toJson(FI));
      assertEquals("hanke-report/1", fi.get("format"));
      assertEquals("fi", fi.get("language"));
      assertEquals("#false", fi.get("approvable"));
      assertEquals("#" + report.count(Severity.ERROR), fi.get("counts.ERROR"));
      assertEquals(first.ruleId(), fi.get("findings[0].ruleId"));
      assertEquals(first.severity().name(), fi.get("findings[0].severity"));
      assertEquals(first.path().toString(), fi.get("findings[0].path"));
      assertEquals(first.message(FI), fi.get("findings[0].message"));
      assertEquals(first.message(SV), flatten(report.toJson(SV)).get("findings[0].message"));
      for (Map.Entry<String, Object> a : first.arguments().entrySet()) {
        String json = fi.get("findings[0].arguments." + a.getKey());
        if (a.getValue() instanceof javax.money.MonetaryAmount) {
          assertEquals(Eur.decimal((javax.money.MonetaryAmount) a.getValue()).toPlainString(), json, a.getKey());
          assertTrue(json.matches("-?[0-9]+\\.[0-9]{2}"), json);
        }
      }
    });
  }

  @Test
  void theCoverageListsTheRulesCheckedAndWhereAndForWantOfWhatTheOthersCouldNotBe() {
    // the compact agenda form: aid and total cost only
    Project agenda = Project.builder()
        .fundingPlan(fi.hanke.core.funding.FundingPlan.builder().coverage(fi.hanke.core.Coverage.PARTIAL)
            .addLine(fi.hanke.core.funding.FundingLine.builder().source(FundingSource.EU_AND_STATE)
                .applied(Eur.of(312_400)).build())
            .statedTotalApplied(Eur.of(390_500)).build())
        .build();
    ValidationReport report = validator.validate(agenda);
    Map<String, String> json = flatten(report.toJson(FI));
    List<String> checked = new ArrayList<>();
    for (int i = 0; json.containsKey("coverage.checked[" + i + "]"); i++) {
      checked.add(json.get("coverage.checked[" + i + "]"));
    }
    assertEquals(report.coverage().checked(), checked);
    assertTrue(checked.contains("FUNDING-AID-CEILING"), checked::toString);
    assertTrue(json.containsValue("GROUP-MAIN-IMPLEMENTER"), "a group rule does not apply to a single project");
    int net = report.coverage().notCheckable().indexOf(report.coverage().notCheckable().stream()
        .filter(u -> u.ruleId().equals("COST-NET-TOTAL")).findFirst().orElseThrow());
    String at = "coverage.notCheckable[" + net + "]";
    assertEquals("COST-NET-TOTAL", json.get(at + ".ruleId"));
    assertEquals("", json.get(at + ".path"));
    assertEquals("COST_LINES", json.get(at + ".missing[0]"));
    assertEquals("STATED_NET_COST", json.get(at + ".missing[1]"));
    assertEquals("COST-NET-TOTAL: ei voitu tarkistaa, koska asiakirjassa ei ole esitetty: koko kustannusarvio, "
        + "ilmoitettu nettokustannusarvio", json.get(at + ".message"));
    assertTrue(report.toText(FI).contains("  COST-NET-TOTAL: ei voitu tarkistaa"), report.toText(FI));
  }

  @Test
  void aCleanReportIsApprovableWithNoFindings() {
    qt().withExamples(20).forAll(ValidProjects.projects()).checkAssert(p -> {
      Map<String, String> json = flatten(validator.validate(p).toJson(FI));
      assertEquals("#true", json.get("approvable"));
      assertEquals("#0", json.get("counts.ERROR"));
      assertEquals("#0", json.get("counts.WARNING"));
      assertEquals("#0", json.get("counts.INFO"));
      assertFalse(json.keySet().stream().anyMatch(k -> k.startsWith("findings[")));
    });
  }

  @Test
  void theOneLineFormHasTheSameContentAndNoLineBreak() {
    qt().withExamples(30).forAll(ValidProjects.projects(), integers().between(200, 1_000_000)).checkAssert((p, cents) -> {
      ValidationReport report = validator.validate(Mutations.addToFundingLine(p, FundingSource.OWN_MUNICIPAL, Eur.ofCents(cents)));
      String line = report.toJsonLine(FI);
      assertFalse(line.contains("\n"));
      assertEquals(flatten(report.toJson(FI)), flatten(line));
    });
  }

  @Test
  void reportsWrittenFromManyThreadsAtOnceAreEachIndentedAsWrittenAlone() throws Exception {
    ValidationReport report = validator.validate(
        Mutations.addToFundingLine(ValidProjects.sevenPercentExample(), FundingSource.OWN_MUNICIPAL, Eur.ofCents(500)));
    String alone = report.toJson(FI);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> outputs = new ArrayList<>();
      for (int i = 0; i < 800; i++) {
        outputs.add(pool.submit(() -> report.toJson(FI)));
      }
      for (Future<String> output : outputs) {
        assertEquals(alone, output.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(alone, report.toJson(FI), "the damage of concurrent use must not outlast it");
  }
}

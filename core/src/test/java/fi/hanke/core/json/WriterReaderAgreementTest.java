package fi.hanke.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.json.JsonProblem.Kind;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.project.Assessment;
import fi.hanke.core.project.Project;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever the writer writes, the reader of the same limits reads back equal; what it cannot, it refuses to write. */
class WriterReaderAgreementTest {
  private static final HankeJson JSON = HankeJson.standard();
  private static final String HEADER = "{\"format\": \"hanke/1\", \"kind\": \"project\", ";

  /** Fails unless both writers, to text and to bytes, refuse the project with a message containing {@code what}. */
  private static void refusedByBothWriters(Project project, String what) {
    IllegalArgumentException text = assertThrows(IllegalArgumentException.class, () -> JSON.write(project));
    assertTrue(text.getMessage().contains(what), text.getMessage());
    IllegalArgumentException bytes = assertThrows(IllegalArgumentException.class,
        () -> JSON.write(project, new ByteArrayOutputStream()));
    assertEquals(text.getMessage(), bytes.getMessage());
    assertThrows(IllegalArgumentException.class, () -> JSON.writeLine(HankeDocument.of(project)));
  }

  @Test
  void aLoneSurrogateIsRefusedWhenReadAndWhenWrittenToTextAndToBytesAlike() {
    for (String name : new String[] {"\\ud800", "a\\udc00b", "\\ud800\\ud800"}) {
      String text = HEADER + "\"name\": \"" + name + "\"}";
      JsonProblem p = assertThrows(HankeJsonException.class, () -> JSON.read(text)).problems().get(0);
      assertEquals(Kind.INVALID_VALUE, p.kind());
      assertEquals("$.name", p.path());
      assertTrue(p.detail().contains("lone surrogate"), p.detail());
    }
    String raw = HEADER + "\"name\": \"a\ud800\"}";
    assertEquals(Kind.INVALID_VALUE, assertThrows(HankeJsonException.class,
        () -> JSON.read(new StringReader(raw))).problems().get(0).kind());
    refusedByBothWriters(Project.builder().name("a\ud800").build(), "lone surrogate U+D800");
    assertEquals("a\ud83d\ude00", JSON.readProject(JSON.write(Project.builder().name("a\ud83d\ude00").build()))
        .name().orElseThrow(), "a pair is text");
  }

  @Test
  void aStringLongerThanTheReaderTakesIsRefusedByTheWriter() {
    String longest = "a".repeat(JsonLimits.defaults().maxStringLength());
    Project fits = Project.builder().name(longest).build();
    assertEquals(fits, JSON.readProject(JSON.write(fits)));
    refusedByBothWriters(Project.builder().name(longest + "a").build(), "maxStringLength = 100000");
  }

  @Test
  void aListLongerThanTheReaderTakesIsRefusedByTheWriter() {
    HankeJson json = JSON.withLimits(JsonLimits.defaults().withMaxArrayLength(3));
    List<CostLine> lines = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      lines.add(CostLine.builder().category(CostCategory.STAFF).applied(Eur.of(i)).build());
    }
    Project fits = Project.builder().costEstimate(CostEstimate.builder().addAllLines(lines.subList(0, 3)).build()).build();
    assertEquals(fits, json.readProject(json.write(fits)));
    Project over = Project.builder().costEstimate(CostEstimate.builder().addAllLines(lines).build()).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json.write(over));
    assertTrue(e.getMessage().contains("maxArrayLength = 3"), e.getMessage());
    assertEquals(100_000, JsonLimits.defaults().maxArrayLength());
  }

  @Test
  void aNumberOfMoreDigitsThanTheReaderTakesIsRefusedByTheWriter() {
    Percentage digits40 = Percentage.of(new BigDecimal("1." + "1".repeat(39)));
    Project fits = Project.builder().fundingPlan(FundingPlan.builder().addLines(FundingLine.builder()
        .source(FundingSource.EU_AND_STATE).applied(Eur.of(1)).statedShare(digits40).build()).build()).build();
    assertEquals(fits, JSON.readProject(JSON.write(fits)));
    Percentage digits41 = Percentage.of(new BigDecimal("1." + "1".repeat(40)));
    refusedByBothWriters(Project.builder().fundingPlan(FundingPlan.builder().addLines(FundingLine.builder()
        .source(FundingSource.EU_AND_STATE).applied(Eur.of(1)).statedShare(digits41).build()).build()).build(),
        "maxNumberLength = 40");
  }

  @Test
  void anAmountOfMoreThanFifteenDigitsIsRefusedByTheReaderAndByTheWriter() {
    Project largest = Project.builder().costEstimate(CostEstimate.builder()
        .statedNetApplied(Eur.parse("-9999999999999.99")).build()).build();
    assertEquals(largest, JSON.readProject(JSON.write(largest)));
    refusedByBothWriters(Project.builder().costEstimate(CostEstimate.builder()
        .statedNetApplied(Eur.parse("10000000000000.00")).build()).build(), "at most 15 digits");
    for (String over : new String[] {"10000000000000", "99999999999999999999999999999999.99", "92233720368547758.08"}) {
      JsonProblem p = assertThrows(HankeJsonException.class, () -> JSON.read(HEADER
          + "\"costEstimate\": {\"statedNetApplied\": \"" + over + "\"}}")).problems().get(0);
      assertEquals("$.costEstimate.statedNetApplied", p.path());
      assertTrue(p.detail().contains("at most 15 digits"), p.detail());
    }
  }

  @Test
  void pointsOfANegativeScaleAreTheSameNumberAsDocumentsWriteItAndReadBackEqual() {
    Project project = Project.builder().assessment(Assessment.builder().points(new BigDecimal("1E+2"))
        .maximumPoints(new BigDecimal("100").stripTrailingZeros()).build()).build();
    assertEquals(new BigDecimal("100"), project.assessment().orElseThrow().points().orElseThrow());
    assertEquals(project, JSON.readProject(JSON.write(project)));
  }
}

package fi.hanke.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.json.JsonProblem.Kind;
import fi.hanke.core.project.Project;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Input built to hurt: every limit, broken syntax, odd top levels, encodings. */
class HostileInputTest {
  private static final HankeJson JSON = HankeJson.standard();
  private static final String HEADER = "{\"format\": \"hanke/1\", \"kind\": \"project\", ";

  /** Reads and returns the problems, failing if the text is accepted or anything else is thrown. */
  static List<JsonProblem> problems(HankeJson json, String text) {
    return assertThrows(HankeJsonException.class, () -> json.read(text), text.length() < 200 ? text : "input")
        .problems();
  }

  static JsonProblem only(List<JsonProblem> problems, Kind kind) {
    assertTrue(problems.stream().anyMatch(p -> p.kind() == kind), problems.toString());
    return problems.stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
  }

  /** Three ways in: a string, a reader and a stream of UTF-8. */
  private static List<Function<String, HankeDocument>> inputs(HankeJson json) {
    return List.of(json::read, t -> json.read(new StringReader(t)),
        t -> json.read(new ByteArrayInputStream(t.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void aDocumentLongerThanMaxDocumentLengthIsRefusedFromStringsReadersAndStreams() {
    HankeJson json = JSON.withLimits(JsonLimits.defaults().withMaxDocumentLength(10_000));
    String long_ = HEADER + "\"name\": \"" + "a".repeat(20_000) + "\"}";
    for (Function<String, HankeDocument> input : inputs(json)) {
      List<JsonProblem> problems = assertThrows(HankeJsonException.class, () -> input.apply(long_)).problems();
      JsonProblem problem = only(problems, Kind.LIMIT_EXCEEDED);
      assertTrue(problem.detail().contains("maxDocumentLength = 10000"), problem.toString());
    }
    String fits = HEADER + "\"name\": \"" + "a".repeat(9_000) + "\"}";
    for (Function<String, HankeDocument> input : inputs(json)) {
      assertEquals(9_000, input.apply(fits).name().length());
    }
    assertEquals(10_000_000, JsonLimits.defaults().maxDocumentLength());
  }

  @Test
  void nestingDeeperThanMaxDepthIsRefusedEvenInsideAnUnknownField() {
    JsonProblem problem = only(problems(JSON, "[".repeat(100_000)), Kind.LIMIT_EXCEEDED);
    assertTrue(problem.detail().contains("maxDepth = 64"), problem.toString());
    String deepUnknown = HEADER + "\"x\": " + "{\"a\": ".repeat(1_000) + "1" + "}".repeat(1_000) + "}";
    List<JsonProblem> problems = problems(JSON, deepUnknown);
    assertEquals(Kind.UNKNOWN_FIELD, problems.get(0).kind());
    assertTrue(only(problems, Kind.LIMIT_EXCEEDED).path().startsWith("$.x"), problems.toString());
    HankeJson shallow = JSON.withLimits(JsonLimits.defaults().withMaxDepth(3));
    only(problems(shallow, HEADER + "\"costEstimate\": {\"lines\": [{\"category\": \"STAFF\", \"applied\": \"1.00\"}]}}"),
        Kind.LIMIT_EXCEEDED);
  }

  @Test
  void aStringOrNameLongerThanMaxStringLengthIsRefused() {
    JsonProblem problem = only(problems(JSON, HEADER + "\"name\": \"" + "ä".repeat(100_001) + "\"}"),
        Kind.LIMIT_EXCEEDED);
    assertTrue(problem.detail().contains("maxStringLength = 100000"), problem.toString());
    only(problems(JSON, HEADER + "\"" + "n".repeat(100_001) + "\": 1}"), Kind.LIMIT_EXCEEDED);
    HankeJson tight = JSON.withLimits(JsonLimits.defaults().withMaxStringLength(10));
    only(problems(tight, HEADER + "\"name\": \"Hallitustyöstä lisää\"}"), Kind.LIMIT_EXCEEDED);
    assertEquals("Kymi", tight.read(HEADER + "\"name\": \"Kymi\"}").name());
  }

  @Test
  void aNumberLongerThanMaxNumberLengthIsRefusedAsANumberAndAsAnAmountString() {
    String digits = "9".repeat(41);
    JsonProblem number = only(problems(JSON, HEADER + "\"placement\": {\"priority\": " + digits + "}}"),
        Kind.LIMIT_EXCEEDED);
    assertTrue(number.detail().contains("maxNumberLength = 40"), number.toString());
    JsonProblem amount = only(problems(JSON, HEADER + "\"costEstimate\": {\"statedNetApplied\": \"" + digits + "\"}}"),
        Kind.LIMIT_EXCEEDED);
    assertEquals("$.costEstimate.statedNetApplied", amount.path());
    JsonProblem decimal = only(problems(JSON, HEADER + "\"assessment\": {\"points\": \"1." + digits + "\"}}"),
        Kind.LIMIT_EXCEEDED);
    assertEquals("$.assessment.points", decimal.path());
    HankeJson tight = JSON.withLimits(JsonLimits.defaults().withMaxNumberLength(3));
    only(problems(tight, HEADER + "\"placement\": {\"priority\": 1234}}"), Kind.LIMIT_EXCEEDED);
    assertEquals(123, tight.readProject(HEADER + "\"placement\": {\"priority\": 123}}").placement().priority().get());
  }

  @Test
  void anExponentOfABillionIsRefusedWithoutBeingComputed() {
    // computing 10^1000000000 would never end: Surefire's forkedProcessTimeoutInSeconds fails such a hang
    JsonProblem integer = only(problems(JSON, HEADER + "\"placement\": {\"priority\": 1e1000000000}}"),
        Kind.WRONG_TYPE);
    assertEquals("$.placement.priority", integer.path());
    assertEquals("1e1000000000", integer.value().orElseThrow());
    JsonProblem amount = only(problems(JSON, HEADER + "\"costEstimate\": {\"statedNetApplied\": \"1e1000000000\"}}"),
        Kind.INVALID_VALUE);
    assertEquals("$.costEstimate.statedNetApplied", amount.path());
    JsonProblem numberAmount = only(problems(JSON,
        HEADER + "\"costEstimate\": {\"statedNetApplied\": 1e1000000000}}"), Kind.WRONG_TYPE);
    assertTrue(numberAmount.detail().contains("amounts are strings") || numberAmount.detail().contains("not JSON numbers"),
        numberAmount.toString());
    only(problems(JSON, HEADER + "\"assessment\": {\"points\": \"1e1000000000\"}}"), Kind.INVALID_VALUE);
    assertEquals(List.of(Kind.UNKNOWN_FIELD), problems(JSON, HEADER + "\"x\": [1e1000000000, -1E-999999999]}")
        .stream().map(JsonProblem::kind).toList());
  }

  @Test
  void anArrayOrMapLongerThanMaxArrayLengthIsRefusedAtTheFirstElementTooMany() {
    HankeJson json = JSON.withLimits(JsonLimits.defaults().withMaxArrayLength(3));
    JsonProblem regions = only(problems(json, HEADER + "\"regions\": [\"01\", \"02\", \"04\", \"05\", \"06\"]}"),
        Kind.LIMIT_EXCEEDED);
    assertEquals("$.regions[3]", regions.path());
    assertTrue(regions.detail().contains("maxArrayLength = 3"));
    JsonProblem years = only(problems(json, HEADER + "\"costEstimate\": {\"lines\": [{\"category\": \"STAFF\","
        + " \"applied\": \"1.00\", \"appliedByYear\": {\"2024\": \"1.00\", \"2025\": \"1.00\", \"2026\": \"1.00\","
        + " \"2027\": \"1.00\", \"2028\": \"1.00\"}}]}}"), Kind.LIMIT_EXCEEDED);
    assertEquals("$.costEstimate.lines[0].appliedByYear['2027']", years.path());
    assertEquals(3, json.readProject(HEADER + "\"regions\": [\"01\", \"02\", \"04\"]}").regions().size());
    assertEquals(100_000, JsonLimits.defaults().maxArrayLength());
    StringBuilder many = new StringBuilder(HEADER + "\"regions\": [");
    for (int i = 0; i < 100_001; i++) {
      many.append(i == 0 ? "" : ",").append("\"01\"");
    }
    assertEquals("$.regions[100000]", only(problems(JSON, many + "]}"), Kind.LIMIT_EXCEEDED).path());
  }

  @Test
  void limitsMustBePositiveAndAreKeptByWithLimits() {
    assertThrows(IllegalArgumentException.class, () -> JsonLimits.defaults().withMaxDepth(0));
    assertThrows(IllegalArgumentException.class, () -> JsonLimits.defaults().withMaxDocumentLength(-1));
    JsonLimits limits = JsonLimits.defaults().withMaxArrayLength(7).withMaxNumberLength(8).withMaxStringLength(9);
    assertEquals(limits, JSON.withLimits(limits).limits());
    assertEquals(JsonLimits.defaults(), JSON.limits());
    assertEquals(64, limits.maxDepth());
  }

  @Test
  void aRepeatedFieldNameIsASyntaxProblem() {
    JsonProblem problem = only(problems(JSON, HEADER + "\"name\": \"a\", \"name\": \"b\"}"), Kind.SYNTAX);
    assertTrue(problem.detail().contains("duplicate field 'name'"), problem.toString());
    only(problems(JSON, HEADER + "\"costEstimate\": {\"lines\": [{\"category\": \"STAFF\", \"applied\": \"1.00\","
        + " \"appliedByYear\": {\"2025\": \"1.00\", \"2025\": \"2.00\"}}]}}"), Kind.SYNTAX);
    only(problems(JSON, "{\"format\": \"hanke/1\", \"format\": \"hanke/1\", \"kind\": \"project\"}"), Kind.SYNTAX);
  }

  @Test
  void aTruncatedDocumentIsASyntaxProblemAtItsEndWithTheProblemsBeforeIt() {
    String text = HEADER + "\"start\": 5,\n\"costEstimate\": {\"lines\": [{\"category\": \"STAFF\"";
    List<JsonProblem> problems = problems(JSON, text);
    assertEquals(Kind.WRONG_TYPE, problems.get(0).kind());
    JsonProblem end = problems.get(problems.size() - 1);
    assertEquals(Kind.SYNTAX, end.kind());
    assertEquals(2, end.line());
    assertTrue(end.detail().contains("end-of-input"), end.toString());
    assertTrue(!end.detail().contains("Source"), "no notes on the source: " + end.detail());
  }

  @Test
  void aTopLevelThatIsNotAnObjectIsAWrongTypeAtTheRoot() {
    for (String text : new String[] {"[]", "\"project\"", "42", "null", "true", "[{\"format\": \"hanke/1\"}]"}) {
      JsonProblem problem = only(problems(JSON, text), Kind.WRONG_TYPE);
      assertEquals("$", problem.path());
      assertEquals(1, problem.line());
      assertEquals(1, problem.column());
    }
  }

  @Test
  void contentAfterTheDocumentIsASyntaxProblem() {
    only(problems(JSON, HEADER + "\"name\": \"a\"} {}"), Kind.SYNTAX);
    only(problems(JSON, HEADER + "\"name\": \"a\"} 5"), Kind.SYNTAX);
    only(problems(JSON, HEADER + "\"name\": \"a\"}}"), Kind.SYNTAX);
  }

  @Test
  void anEmptyOrBlankInputIsASyntaxProblem() {
    for (String text : new String[] {"", "   ", "\n\n\t"}) {
      for (Function<String, HankeDocument> input : inputs(JSON)) {
        List<JsonProblem> problems = assertThrows(HankeJsonException.class, () -> input.apply(text)).problems();
        assertEquals(1, problems.size());
        assertEquals(Kind.SYNTAX, problems.get(0).kind());
        assertTrue(problems.get(0).detail().startsWith("empty input"));
      }
    }
  }

  @Test
  void aStreamOfUtf8WithoutAByteOrderMarkKeepsItsFinnishAndSwedishLetters() {
    String text = HEADER + "\"name\": \"Hämeenlinnan Åbo-hanke: äöå ÄÖÅ €\"}";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertTrue(bytes[0] == '{', "no byte-order mark");
    assertEquals("Hämeenlinnan Åbo-hanke: äöå ÄÖÅ €", JSON.readProject(new ByteArrayInputStream(bytes)).name().get());
    byte[] withBom = new byte[bytes.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, withBom, 3, bytes.length);
    assertEquals("Hämeenlinnan Åbo-hanke: äöå ÄÖÅ €", JSON.readProject(new ByteArrayInputStream(withBom)).name().get());
  }

  @Test
  void bytesThatAreNotUtf8AreASyntaxProblem() {
    byte[] latin1 = (HEADER + "\"name\": \"H\u00e4me\"}").getBytes(StandardCharsets.ISO_8859_1);
    HankeJsonException e = assertThrows(HankeJsonException.class, () -> JSON.read(new ByteArrayInputStream(latin1)));
    assertEquals(Kind.SYNTAX, e.problems().get(0).kind());
  }

  @Test
  void aBadUtf8ByteThatJacksonPrintsSignExtendedIsALineProblem() throws IOException {
    // found by HankeJsonFuzzTest#readJsonLines: Jackson names this byte "0xffffe170", which overflowed an int
    byte[] line;
    try (InputStream in = HostileInputTest.class.getResourceAsStream(
        "HankeJsonFuzzTestInputs/readJsonLines/crash-sign-extended-utf8-byte")) {
      line = in.readAllBytes();
    }
    List<JsonProblem> problems = new java.util.ArrayList<>();
    try (JsonLines lines = JSON.lines(new ByteArrayInputStream(line))) {
      lines.forEachRemaining(l -> problems.addAll(l.problems()));
    }
    JsonProblem utf8 = problems.stream().filter(p -> p.detail().contains("UTF-8")).findFirst()
        .orElseThrow(() -> new AssertionError(problems.toString()));
    assertEquals(Kind.SYNTAX, utf8.kind());
    assertTrue(utf8.detail().contains("0x70"), utf8.toString());
  }

  @Test
  void aFailingReaderOfTheCallerIsAnUncheckedIoExceptionNotAProblem() {
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk on fire");
      }

      @Override
      public void close() {}
    };
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> JSON.read(failing));
    assertEquals("disk on fire", e.getCause().getMessage());
    InputStream failingStream = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("stream on fire");
      }
    };
    assertThrows(UncheckedIOException.class, () -> JSON.readProject(failingStream));
    assertThrows(UncheckedIOException.class, () -> JSON.lines(failing).hasNext());
  }

  @Test
  void theReaderDoesNotCloseTheCallersReader() {
    boolean[] closed = {false};
    Reader reader = new StringReader(HEADER + "\"name\": \"a\"}") {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    Project project = JSON.readProject(reader);
    assertEquals("a", project.name().get());
    assertTrue(!closed[0]);
  }

  /** {@code {"format":"hanke/1","kind":"project","0":0,"1":0,…}} of about {@code length} characters. */
  static String flood(int length) {
    StringBuilder b = new StringBuilder("{\"format\":\"hanke/1\",\"kind\":\"project\"");
    for (int i = 0; b.length() < length; i++) {
      b.append(",\"").append(i).append("\":0");
    }
    return b.append('}').toString();
  }

  @Test
  void aFloodOfProblemsKeepsTheFirstMaxProblemsAndCountsTheRestInALastProblem() {
    String flood = flood(1 << 20); // 116 000 unknown fields
    for (Function<String, HankeDocument> input : inputs(JSON)) {
      HankeJsonException e = assertThrows(HankeJsonException.class, () -> input.apply(flood));
      List<JsonProblem> problems = e.problems();
      assertEquals(101, problems.size());
      assertEquals("$['0']", problems.get(0).path());
      assertEquals("$['99']", problems.get(99).path());
      JsonProblem more = problems.get(problems.size() - 1);
      assertEquals(Kind.LIMIT_EXCEEDED, more.kind());
      assertTrue(more.detail().matches("and [0-9]+ more problems, not listed: more than maxProblems = 100"),
          more.detail());
      assertTrue(e.getMessage().lines().count() <= 21, "a bounded message");
      assertTrue(e.getMessage().length() < 100_000, "a bounded message");
    }
    List<JsonProblem> five = problems(JSON.withLimits(JsonLimits.defaults().withMaxProblems(5)), flood(200));
    assertEquals(6, five.size());
    assertEquals(100, JsonLimits.defaults().maxProblems());
  }

  @Test
  void aProblemNamingAHugeFieldKeepsItsDetailAndPathShort() {
    String name = "x".repeat(99_000);
    JsonProblem problem = problems(JSON, HEADER + "\"" + name + "\": 1}").get(0);
    assertEquals(Kind.UNKNOWN_FIELD, problem.kind());
    assertTrue(problem.detail().length() <= 1000, "detail of " + problem.detail().length() + " characters");
    assertTrue(problem.toString().length() < 2000, "message of " + problem.toString().length() + " characters");
    assertEquals("$['" + "x".repeat(79) + "…']", problem.path());
  }

  @Test
  void bytesThatJacksonWouldTakeForUtf16AreAProblemOfTheReaderNotAnIoFailureAndDoNotStopJsonLines() {
    byte[] odd = {0, 0, '{', 0};
    List<JsonProblem> problems = assertThrows(HankeJsonException.class,
        () -> JSON.read(new ByteArrayInputStream(odd))).problems();
    assertEquals(Kind.SYNTAX, problems.get(0).kind());
    assertEquals(1, problems.get(0).column());
    String good = JSON.writeLine(HankeDocument.of(JSON.readProject(HEADER + "\"name\": \"a\"}")));
    byte[] lines = (good + "\u0000\u0000{\u0000\n" + good).getBytes(StandardCharsets.UTF_8);
    try (JsonLines read = JSON.lines(new ByteArrayInputStream(lines))) {
      List<JsonLine> all = read.stream().toList();
      assertEquals(3, all.size());
      assertTrue(all.get(0).isRead() && all.get(2).isRead());
      assertEquals(2, all.get(1).lineNumber());
      assertEquals(Kind.SYNTAX, all.get(1).problems().get(0).kind());
      assertEquals(2, all.get(1).problems().get(0).line());
    }
  }

  @Test
  void aLineThatStartsNoJsonValueIsRefusedAtItsFirstCharacter() {
    try (JsonLines read = JSON.lines(new StringReader("  x\n\n\u00e4{}\n"))) {
      List<JsonLine> all = read.stream().toList();
      assertEquals(2, all.size());
      JsonProblem x = all.get(0).problems().get(0);
      assertEquals(Kind.SYNTAX, x.kind());
      assertEquals(1, x.line());
      assertEquals(3, x.column());
      assertTrue(x.detail().contains("'x'"), x.detail());
      assertEquals(3, all.get(1).lineNumber());
      assertEquals(1, all.get(1).problems().get(0).column());
    }
  }

  /** A stream that hands out its bytes in chunks of varying size, as pipes and sockets do. */
  private static InputStream chunked(byte[] bytes, int seed) {
    java.util.Random sizes = new java.util.Random(seed);
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + sizes.nextInt(9000)));
      }
    };
  }

  @Test
  void aStringTooLongIsReportedWhereItStartsHoweverTheInputArrives() {
    String text = HEADER + "\"name\": \"" + "a".repeat(100_001) + "\"}";
    int start = text.indexOf("\"a") + 1;
    for (int seed = 0; seed < 5; seed++) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      int s = seed;
      JsonProblem p = assertThrows(HankeJsonException.class, () -> JSON.read(chunked(bytes, s))).problems().get(0);
      assertEquals(Kind.LIMIT_EXCEEDED, p.kind());
      assertEquals("$.name", p.path());
      assertEquals(start, p.column(), "the column of the string's opening quote");
    }
    for (Function<String, HankeDocument> input : inputs(JSON)) {
      JsonProblem p = assertThrows(HankeJsonException.class, () -> input.apply(text)).problems().get(0);
      assertEquals(start, p.column());
    }
  }

  @Test
  void aNumberTooLongIsReportedAsANumberAtItsOwnPathAndColumnHoweverLong() {
    for (int digits : new int[] {41, 1_000_000}) {
      String text = HEADER + "\"name\": \"a\", \"x\": " + "1".repeat(digits) + "}";
      int start = text.indexOf(": 1") + 3;
      for (Function<String, HankeDocument> input : inputs(JSON)) {
        JsonProblem p = only(assertThrows(HankeJsonException.class, () -> input.apply(text)).problems(),
            Kind.LIMIT_EXCEEDED);
        assertEquals("$.x", p.path(), digits + " digits");
        assertEquals(start, p.column(), digits + " digits");
        assertTrue(p.detail().startsWith("a number longer than maxNumberLength"), p.detail());
      }
    }
  }

  @Test
  void aNulIsReportedAtItsOwnColumn() {
    for (Function<String, HankeDocument> input : inputs(JSON)) {
      assertEquals(1, assertThrows(HankeJsonException.class, () -> input.apply("\u0000{}")).problems().get(0).column());
      assertEquals(21, assertThrows(HankeJsonException.class, () -> input.apply("{\"format\":\"hanke/1\",\u0000}"))
          .problems().get(0).column());
    }
  }
}

package fi.hanke.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.json.HankeJson;
import fi.hanke.examples.pictures.ProjectPictures;
import fi.hanke.examples.summary.EuraSummary;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleCatalogue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The service over real HTTP on a loopback port: every endpoint, every error status, concurrent clients. */
class HankeServiceTest {
  static final Path SEED_JSON = Path.of("../seeds/json/003_a429a945fa8dac7e.json");
  static final Path SEED_TEXT = Path.of("../seeds/documents/003_a429a945fa8dac7e.txt");
  private static final long MAX_BODY = 1024 * 1024;

  private static HankeService service;
  private static ServiceClient client;

  @BeforeAll
  static void start() {
    service = HankeService.start(new HankeService.Limits(MAX_BODY, Duration.ofSeconds(30), 32), "127.0.0.1", 0);
    client = new ServiceClient(service.port());
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** @return what {@code hanke validate FILE --format json --lang L} prints */
  private static byte[] validateCommand(Path file, String lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = Main.execute(new String[] {"validate", file.toString(), "--format", "json", "--lang", lang},
        InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(OutputStream.nullOutputStream()));
    assertEquals(ValidateCommand.FINDINGS, status);
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  void validateAnswersTheBytesOfTheValidateCommand(String lang) {
    ServiceClient.Answer answer = client.post("/api/v1/validate?lang=" + lang, "application/json", bytes(SEED_JSON));
    assertEquals(200, answer.status);
    assertEquals("application/json", answer.mediaType());
    assertArrayEquals(validateCommand(SEED_JSON, lang), answer.bytes, answer.text());
  }

  @Test
  void validateSpeaksFinnishWithoutLang() {
    ServiceClient.Answer answer = client.post("/api/v1/validate", "application/json; charset=utf-8", bytes(SEED_JSON));
    assertEquals(200, answer.status);
    assertArrayEquals(validateCommand(SEED_JSON, "fi"), answer.bytes);
  }

  @Test
  void anUnreadableDocumentIs400WithTheReadersProblemsInTheLanguage() {
    String body = "{\"format\": \"hanke/1\",\n \"kind\": \"project\",\n \"name\": 3}";
    JsonNode en = client.post("/api/v1/validate?lang=en", "application/json", body).json();
    assertEquals(400, en.get("status").asInt());
    assertEquals("https://hanke.fi/problems/unreadable", en.get("type").asText());
    JsonNode problem = en.get("problems").get(0);
    assertEquals("$.name", problem.get("path").asText());
    assertEquals(3, problem.get("line").asInt());
    assertEquals("3", problem.get("value").asText());
    assertTrue(problem.get("message").asText().contains("expected a string"), problem.toString());
    JsonNode sv = client.post("/api/v1/validate?lang=sv", "application/json", body).json();
    assertFalse(sv.get("title").asText().equals(en.get("title").asText()));
    assertFalse(sv.get("problems").get(0).get("message").asText().equals(problem.get("message").asText()));
  }

  @Test
  void notJsonAtAllIs400() {
    ServiceClient.Answer answer = client.post("/api/v1/validate", "application/json", "this is not json");
    assertEquals(400, answer.status);
    assertEquals("application/problem+json", answer.mediaType());
    assertTrue(answer.json().get("problems").size() >= 1);
  }

  @Test
  void aDocumentSentAsTextToValidateIs415() {
    ServiceClient.Answer answer = client.post("/api/v1/validate?lang=en", "text/plain", bytes(SEED_JSON));
    assertEquals(415, answer.status);
    assertTrue(answer.json().get("detail").asText().startsWith("text/plain is not accepted here"), answer.text());
  }

  @Test
  void jsonSentToCheckIs415() {
    assertEquals(415, client.post("/api/v1/check", "application/json", bytes(SEED_JSON)).status);
  }

  @Test
  void aBodyOverTheLimitIs413WithOrWithoutItsLength() {
    byte[] big = new byte[(int) MAX_BODY + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    ServiceClient.Answer stated = client.post("/api/v1/validate", "application/json", big);
    assertEquals(413, stated.status);
    assertEquals("https://hanke.fi/problems/tooLarge", stated.json().get("type").asText());
    ServiceClient.Answer chunked = client.postStream("/api/v1/check", "text/plain", big);
    assertEquals(413, chunked.status);
    ServiceClient.Answer atTheLimit = client.post("/api/v1/check?lang=en", "text/plain", new byte[(int) MAX_BODY]);
    assertEquals(400, atTheLimit.status, "a body of exactly the limit is read (and is not a document)");
  }

  @Test
  void aBodyUpTo2MiBOverTheLimitIsReadBefore413SoTheConnectionGoesOn() throws Exception {
    // answered before its body was read, the connection was closed under a client still sending, which could lose
    // the 413 ("header parser received no bytes"); now the body is read and dropped, and the connection is kept
    byte[] over = new byte[(int) MAX_BODY + 2 * 1024 * 1024];
    java.util.Arrays.fill(over, (byte) ' ');
    ExecutorService sender = Executors.newSingleThreadExecutor();
    try (Socket socket = new Socket("127.0.0.1", service.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      Future<?> sent = sender.submit(() -> {
        out.write(("POST /api/v1/validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + over.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(over);
        out.flush();
        return null;
      });
      String head = head(in);
      assertTrue(head.startsWith("HTTP/1.1 413"), head);
      assertFalse(head.toLowerCase(Locale.ROOT).contains("connection: close"), head);
      sent.get();
      in.readNBytes(Integer.parseInt(head.replaceAll("(?is).*content-length: *(\\d+).*", "$1")));
      out.write("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String next = head(in);
      assertTrue(next.startsWith("HTTP/1.1 200"), "the same connection answers the next request: " + next);
    } finally {
      sender.shutdownNow();
    }
  }

  /** @return an answer's status line and headers, read up to the empty line */
  private static String head(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new java.io.EOFException("the connection closed after: " + head);
      }
      head.append((char) b);
    }
    return head.toString();
  }

  @Test
  void anUnknownLanguageIs400() {
    ServiceClient.Answer answer = client.get("/api/v1/rules?lang=de");
    assertEquals(400, answer.status);
    assertEquals("https://hanke.fi/problems/lang", answer.json().get("type").asText());
    assertTrue(answer.json().get("detail").asText().contains("'de'"));
  }

  @Test
  void checkOfSeed003FindsTheFundingPlanOff8600WithItsSourceLines() {
    ServiceClient.Answer answer = client.post("/api/v1/check?lang=en", "text/plain; charset=utf-8", bytes(SEED_TEXT));
    assertEquals(200, answer.status, answer.text());
    JsonNode check = answer.json();
    assertEquals("hanke-check/1", check.get("format").asText());
    assertTrue(check.get("import").get("read").asBoolean());
    JsonNode document = check.get("documents").get(0);
    assertEquals("hanke/1", document.get("document").get("format").asText());
    JsonNode finding = document.get("report").get("findings").get(0);
    assertEquals("FUNDING-LINES-SUM", finding.get("ruleId").asText());
    assertEquals("8600.00", finding.get("arguments").get("difference").asText());
    JsonNode lines = document.get("sources").get(0).get("lines");
    assertTrue(lines.size() > 0);
    String text = new String(bytes(SEED_TEXT), StandardCharsets.UTF_8);
    for (JsonNode l : lines) {
      assertEquals(text.split("\n", -1)[l.get("line").asInt() - 1].strip(), l.get("text").asText().strip());
    }
  }

  @Test
  void checkOfThePdfOfSeed003FindsWhatItsTextDoes() {
    byte[] pdf = TextPdf.render(new String(bytes(SEED_TEXT), StandardCharsets.UTF_8));
    ServiceClient.Answer answer = client.post("/api/v1/check", "application/pdf", pdf);
    assertEquals(200, answer.status, answer.text());
    ServiceClient.Answer text = client.post("/api/v1/check", "text/plain", bytes(SEED_TEXT));
    assertEquals(rules(text.json()), rules(answer.json()));
  }

  private static List<String> rules(JsonNode check) {
    List<String> ids = new ArrayList<>();
    check.get("documents").get(0).get("report").get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
    return ids;
  }

  @Test
  void garbageIsNotADocument() {
    ServiceClient.Answer answer = client.post("/api/v1/check?lang=en", "text/plain", "lorem ipsum\n12 34\n");
    assertEquals(400, answer.status);
    JsonNode problem = answer.json();
    assertEquals("https://hanke.fi/problems/notDocument", problem.get("type").asText());
    assertEquals("UNRECOGNISED", problem.get("import").get("layout").asText());
    assertFalse(problem.get("import").get("read").asBoolean());
  }

  @Test
  void aBrokenPdfIs400() {
    ServiceClient.Answer answer = client.post("/api/v1/check", "application/pdf", "%PDF-1.4 not really");
    assertEquals(400, answer.status);
    assertEquals("https://hanke.fi/problems/pdf", answer.json().get("type").asText());
  }

  @Test
  void rulesListsTheCatalogueWithMessagesInTheLanguage() {
    JsonNode fi = client.get("/api/v1/rules").json();
    JsonNode sv = client.get("/api/v1/rules?lang=sv").json();
    List<String> ids = RuleCatalogue.standard().stream().map(Rule::id).collect(Collectors.toList());
    List<String> served = new ArrayList<>();
    fi.get("rules").forEach(r -> served.add(r.get("id").asText()));
    assertEquals(ids, served);
    assertFalse(fi.get("rules").get(0).get("message").asText().equals(sv.get("rules").get(0).get("message").asText()));
  }

  @Test
  void schemaIsTheHanke1Schema() {
    ServiceClient.Answer answer = client.get("/api/v1/schema");
    assertEquals(200, answer.status);
    assertEquals(HankeJson.schema(), answer.text());
  }

  @Test
  void healthIsUp() {
    assertEquals("UP", client.get("/api/v1/health").json().get("status").asText());
  }

  @Test
  void summaryHasTheRowsTheEuraSummaryPrints() {
    HankeDocument document = HankeJson.standard().read(new String(bytes(SEED_JSON), StandardCharsets.UTF_8));
    for (String lang : List.of("fi", "sv", "en")) {
      JsonNode summary = client.post("/api/v1/summary?lang=" + lang, "application/json", bytes(SEED_JSON)).json();
      EuraSummary printer = EuraSummary.in(new Locale(lang));
      String text = document.map(printer::of, printer::of);
      assertEquals(2, summary.get("tables").size());
      for (JsonNode table : summary.get("tables")) {
        assertTrue(text.contains(table.get("title").asText()));
        for (JsonNode row : table.get("rows")) {
          String line = text.lines().filter(l -> l.strip().startsWith(row.get("label").asText()))
              .findFirst().orElse("");
          assertTrue(line.contains(row.get("applied").asText()), lang + ": " + row + " not in\n" + text);
        }
      }
    }
  }

  @Test
  void picturesAreThoseOfProjectPictures() {
    HankeDocument document = HankeJson.standard().read(new String(bytes(SEED_JSON), StandardCharsets.UTF_8));
    ProjectPictures expected = ProjectPictures.of(document, new Locale("sv"));
    JsonNode pictures = client.post("/api/v1/pictures?lang=sv", "application/json", bytes(SEED_JSON)).json();
    assertEquals(new TreeSet<>(expected.all().keySet()), fieldNames(pictures.get("pictures")));
    assertEquals(expected.notDrawn(), ServiceClient.list(pictures.get("notDrawn")));
    for (Map.Entry<String, String> e : expected.all().entrySet()) {
      assertTrue(pictures.get("pictures").get(e.getKey()).asText().startsWith("<"));
    }
  }

  private static TreeSet<String> fieldNames(JsonNode object) {
    TreeSet<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void thePageAndItsScriptAndStyleAreServed() {
    ServiceClient.Answer page = client.get("/");
    assertEquals(200, page.status);
    assertEquals("text/html", page.mediaType());
    assertTrue(page.text().contains("<html lang=\"fi\""));
    assertEquals("text/javascript", client.get("/page.js").mediaType());
    assertEquals("text/css", client.get("/page.css").mediaType());
  }

  @Test
  void anUnknownPathIsA404Problem() {
    ServiceClient.Answer answer = client.get("/api/v1/nothing");
    assertEquals(404, answer.status);
    assertEquals("application/problem+json", answer.mediaType());
    assertEquals("/api/v1/nothing", answer.json().get("instance").asText());
  }

  @Test
  void everyRouteIsDescribedAndEveryDescribedOperationIsServed() {
    assertEquals(ServiceClient.describedOperations(), new TreeSet<>(service.routes()));
  }

  @Test
  void theOpenApiDescriptionIsServed() {
    JsonNode d = client.get("/api/v1/openapi.json").json();
    assertEquals("3.1.0", d.get("openapi").asText());
  }

  @Test
  void sixteenClientsGetTheReportsOneClientGets() throws Exception {
    List<Path> files = List.of(SEED_JSON, Path.of("../seeds/json/000_1fd54de9332bf4bc.json"));
    List<byte[]> alone = new ArrayList<>();
    for (Path f : files) {
      alone.add(client.post("/api/v1/validate?lang=en", "application/json", bytes(f)).bytes);
    }
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int c = 0; c < 16; c++) {
        int first = c;
        Callable<Integer> work = () -> {
          ServiceClient own = new ServiceClient(service.port());
          int same = 0;
          for (int i = 0; i < 200; i++) {
            int k = (first + i) % files.size();
            ServiceClient.Answer a = own.post("/api/v1/validate?lang=en", "application/json", bytes(files.get(k)));
            if (a.status == 200 && java.util.Arrays.equals(alone.get(k), a.bytes)) {
              same++;
            }
          }
          return same;
        };
        done.add(clients.submit(work));
      }
      for (Future<Integer> f : done) {
        assertEquals(200, f.get());
      }
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void eachRequestIsLoggedOnceWithoutItsBody() throws Exception {
    List<LogRecord> records = java.util.Collections.synchronizedList(new ArrayList<>());
    Logger logger = Logger.getLogger(HankeService.class.getName());
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord r) {
        if (r.getParameters() != null && String.valueOf(r.getParameters()[1]).startsWith("/api/v1/health")) {
          records.add(r);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    logger.addHandler(handler);
    try (HankeService own = HankeService.start(HankeService.Limits.standard(), "127.0.0.1", 0)) {
      ServiceClient c = new ServiceClient(own.port());
      for (int i = 0; i < 3; i++) {
        c.get("/api/v1/health");
      }
      long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (records.size() < 3 && System.nanoTime() < until) {
        Thread.sleep(10);
      }
      Thread.sleep(100);
    } finally {
      logger.removeHandler(handler);
    }
    assertEquals(3, records.size());
    for (LogRecord r : records) {
      assertEquals("GET", r.getParameters()[0]);
      assertEquals(200, r.getParameters()[2]);
    }
  }

  /** @return a connection that has sent a validate request's head and the first 10 bytes of seed 003, and stalls */
  private static Socket stalled(int port, String pathAndQuery) throws IOException {
    Socket socket = new Socket("127.0.0.1", port);
    byte[] body = bytes(SEED_JSON);
    OutputStream out = socket.getOutputStream();
    out.write(("POST " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(body, 0, 10);
    out.flush();
    return socket;
  }

  @Test
  void aRequestBeyondTheConcurrencyLimitIs503() throws Exception {
    try (HankeService one = HankeService.start(new HankeService.Limits(MAX_BODY, Duration.ofSeconds(30), 1),
        "127.0.0.1", 0); Socket slow = stalled(one.port(), "/api/v1/validate")) {
      byte[] body = bytes(SEED_JSON);
      OutputStream out = slow.getOutputStream();
      ServiceClient c = new ServiceClient(one.port());
      ServiceClient.Answer busy = null;
      long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (System.nanoTime() < until) {
        ServiceClient.Answer a = c.get("/api/v1/health");
        assertEquals(200, a.status, "a GET takes no slot");
        a = c.post("/api/v1/validate", "application/json", body);
        if (a.status == 503) {
          busy = a;
          break;
        }
        Thread.sleep(5);
      }
      assertTrue(busy != null, "no request was turned away while the slow one held the only slot");
      assertEquals("https://hanke.fi/problems/busy", busy.json().get("type").asText());
      out.write(body, 10, body.length - 10);
      out.flush();
      String answer = new String(slow.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
      assertEquals(200, c.post("/api/v1/validate", "application/json", body).status, "the slot is free again");
    }
  }

  @Test
  void aClientThatStallsPastTheTimeLimitGets503() throws Exception {
    try (HankeService quick = HankeService.start(new HankeService.Limits(MAX_BODY, Duration.ofMillis(300), 4),
        "127.0.0.1", 0); Socket slow = stalled(quick.port(), "/api/v1/validate?lang=en")) {
      slow.setSoTimeout(20_000);
      String answer = new String(slow.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 503"), answer);
      assertTrue(answer.contains("https://hanke.fi/problems/timeout"), answer);
    }
  }
}

package fi.hanke.examples;

import com.fasterxml.jackson.core.JsonGenerator;
import fi.hanke.core.imports.ImportResult;
import fi.hanke.core.imports.Importer;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.json.HankeJson;
import fi.hanke.core.json.HankeJsonException;
import fi.hanke.core.programme.Programmes;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.router.ParsedEndpoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP validation service (<i>tarkistuspalvelu</i>, sv. <i>granskningstjänst</i>) that the {@code serve}
 * command starts: the JSON API under {@code /api/v1} for portals in any language, and the page at {@code /} for
 * people, on Javalin (Jetty 12). One {@link Validator}, one {@link HankeJson} reader and one {@link Importer}
 * serve every request (all three are immutable and thread-safe); the reports are those of {@code validate
 * --format json} and {@code check --format json}, made by the same code. Nothing is stored; each request is
 * logged as one line (method, path, status, milliseconds; never a body) through {@link System.Logger}.
 *
 * <p>Every error is an RFC 9457 problem ({@code application/problem+json}: {@code type}, {@code title},
 * {@code status}, {@code detail}, in the language asked for with {@code ?lang=}), with the reader's problems
 * (path, line, column, value, message) for an unreadable document: 400 unreadable, 413 over the body limit, 415
 * an unsupported content type, 503 busy (more requests at once than the limit) or over the time limit.
 *
 * <pre>
 * try (HankeService service = HankeService.start(HankeService.Limits.standard(), "127.0.0.1", 0)) {
 *   URI page = service.uri();
 * }
 * </pre>
 */
public final class HankeService implements AutoCloseable {
  /** The base path of the API. */
  public static final String API = "/api/v1";
  private static final System.Logger LOG = System.getLogger(HankeService.class.getName());
  static final String PROBLEM_JSON = "application/problem+json";
  static final String JSON = "application/json";
  private static final String PROBLEM_TYPE = "https://hanke.fi/problems/";

  /**
   * The bounds of the service (<i>palvelun rajat</i>): the largest body, the longest time a request may take,
   * the most requests handled at once.
   */
  public static final class Limits {
    final long maxBodyBytes;
    final Duration requestTimeout;
    final int maxConcurrent;

    /**
     * @param maxBodyBytes the largest request body, in bytes (at least 1)
     * @param requestTimeout the longest a request may take, from its arrival to its answer (positive)
     * @param maxConcurrent the most requests handled at once (at least 1)
     */
    public Limits(long maxBodyBytes, Duration requestTimeout, int maxConcurrent) {
      if (maxBodyBytes < 1 || maxConcurrent < 1 || requestTimeout.isNegative() || requestTimeout.isZero()) {
        throw new IllegalArgumentException("limits must be positive: maxBodyBytes " + maxBodyBytes
            + ", requestTimeout " + requestTimeout + ", maxConcurrent " + maxConcurrent);
      }
      this.maxBodyBytes = maxBodyBytes;
      this.requestTimeout = requestTimeout;
      this.maxConcurrent = maxConcurrent;
    }

    /** @return 10 MiB, 30 s, 16 at once: the defaults of {@code serve} */
    public static Limits standard() {
      return new Limits(10L * 1024 * 1024, Duration.ofSeconds(30), 16);
    }
  }

  private final Validator validator = Validator.builder().profile(Programmes.finland2021to2027()).build();
  private final HankeJson json = HankeJson.standard();
  private final Importer importer = Importer.standard();
  private final Limits limits;
  private final Semaphore slots;
  private final ExecutorService workers;
  private final Javalin app;

  private HankeService(Limits limits) {
    this.limits = limits;
    this.slots = new Semaphore(limits.maxConcurrent);
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(limits.maxConcurrent, r -> {
      Thread t = new Thread(r, "hanke-service-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = limits.maxBodyBytes;
      config.http.generateEtags = false;
      // a client that stalls while sending or receiving is cut off after the request's time limit
      config.jetty.modifyHttpConfiguration(h -> h.setIdleTimeout(limits.requestTimeout.toMillis()));
      config.requestLogger.http((ctx, ms) -> LOG.log(Level.INFO, "{0} {1} {2} {3} ms",
          ctx.method().name(), ctx.path(), ctx.statusCode(), String.format(Locale.ROOT, "%.1f", ms)));
      config.routes.post(API + "/validate", this::validate);
      config.routes.post(API + "/check", this::check);
      config.routes.post(API + "/summary", this::summary);
      config.routes.post(API + "/pictures", this::pictures);
      config.routes.get(API + "/rules", ctx -> json(ctx, ServiceJson.rules(locale(ctx))));
      config.routes.get(API + "/schema", ctx -> text(ctx, "application/schema+json", HankeJson.schema()));
      config.routes.get(API + "/health", ctx -> json(ctx, "{\"status\":\"UP\"}"));
      config.routes.get(API + "/openapi.json", ctx -> json(ctx, resource("openapi.json")));
      config.routes.get("/", ctx -> text(ctx, "text/html", resource("index.html")));
      config.routes.get("/page.js", ctx -> text(ctx, "text/javascript", resource("page.js")));
      config.routes.get("/page.css", ctx -> text(ctx, "text/css", resource("page.css")));
      config.routes.exception(Problem.class, (e, ctx) -> problem(ctx, e));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.log(Level.ERROR, "request failed: " + ctx.method().name() + " " + ctx.path(), e);
        problem(ctx, new Problem(500, "internal", locale(ctx)));
      });
      config.routes.error(404, ctx -> problem(ctx, new Problem(404, "notFound", localeOrFinnish(ctx),
          ctx.method().name(), ctx.path())));
    });
  }

  /**
   * Starts a service.
   *
   * @param limits its bounds
   * @param host the address to listen on
   * @param port the port, 0 for a free one
   * @return the service, listening
   */
  public static HankeService start(Limits limits, String host, int port) {
    HankeService service = new HankeService(limits);
    service.app.start(host, port);
    return service;
  }

  /** @return the port it listens on */
  public int port() {
    return app.port();
  }

  /** @return the methods and paths of every route it serves, as "POST /api/v1/validate" */
  List<String> routes() {
    List<String> routes = new ArrayList<>();
    for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
      routes.add(e.endpoint.method.name() + " " + e.endpoint.path);
    }
    return routes;
  }

  /** Stops listening and ends its threads. */
  @Override
  public void close() {
    app.stop();
    workers.shutdownNow();
  }

  // --- the endpoints ---

  private void validate(Context ctx) {
    Locale locale = locale(ctx);
    requireType(ctx, locale, "application/json", JSON);
    handle(ctx, locale, body -> {
      HankeDocument document = read(body, locale);
      ValidationReport report = document.map(validator::validate, validator::validate);
      return report.toJson(locale);
    });
  }

  private void check(Context ctx) {
    Locale locale = locale(ctx);
    requireType(ctx, locale, "text/plain or application/pdf", "text/plain", "application/pdf");
    handle(ctx, locale, body -> {
      ImportResult result = importText(body, locale);
      List<ValidationReport> reports = new ArrayList<>();
      for (HankeDocument d : result.documents()) {
        reports.add(d.map(validator::validate, validator::validate));
      }
      return CheckCommand.json(result, reports, locale, json);
    });
  }

  private void pictures(Context ctx) {
    Locale locale = locale(ctx);
    requireType(ctx, locale, "application/json", JSON);
    handle(ctx, locale, body -> ServiceJson.pictures(read(body, locale), locale));
  }

  private void summary(Context ctx) {
    Locale locale = locale(ctx);
    requireType(ctx, locale, "application/json", JSON);
    handle(ctx, locale, body -> ServiceJson.summary(read(body, locale), locale));
  }

  private HankeDocument read(byte[] body, Locale locale) {
    try {
      return json.read(new java.io.ByteArrayInputStream(body));
    } catch (HankeJsonException e) {
      Problem p = new Problem(400, "unreadable", locale, e.problems().size());
      p.extension = g -> {
        g.writeFieldName("problems");
        ValidateCommand.writeProblems(g, e.problems(), locale);
      };
      throw p;
    }
  }

  private ImportResult importText(byte[] body, Locale locale) {
    String text;
    if (DocumentInput.isPdf(body)) {
      try {
        text = DocumentInput.pdfText(body);
      } catch (IOException e) {
        throw new Problem(400, "pdf", locale, e.getMessage());
      }
    } else {
      text = DocumentInput.text(body);
    }
    ImportResult result = importer.read(text);
    if (!result.isRead()) {
      Problem p = result.otherProgramme().isPresent()
          ? new Problem(400, "notDocument", "otherProgramme", locale, result.otherProgramme().get())
          : new Problem(400, "notDocument", locale, result.layout().displayName(locale));
      p.extension = g -> {
        g.writeFieldName("import");
        ImportCommand.writeNotes(g, result, locale);
      };
      throw p;
    }
    return result;
  }

  // --- the bounds: body size, time, concurrency ---

  private interface Work {
    String apply(byte[] body);
  }

  /**
   * Takes a slot (503 when none is free), reads the body within the size limit (413), and does the work on a
   * worker within what is left of the time limit (503), answering its JSON.
   */
  private void handle(Context ctx, Locale locale, Work work) {
    long deadline = System.nanoTime() + limits.requestTimeout.toNanos();
    if (!slots.tryAcquire()) {
      throw new Problem(503, "busy", locale, limits.maxConcurrent);
    }
    try {
      byte[] body = body(ctx, locale);
      CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> work.apply(body), workers);
      String result;
      try {
        result = answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        answer.cancel(true);
        throw new Problem(503, "timeout", locale, limits.requestTimeout.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Problem(503, "timeout", locale, limits.requestTimeout.toMillis());
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException) {
          throw (RuntimeException) e.getCause();
        }
        throw new IllegalStateException(e.getCause());
      }
      json(ctx, result);
    } finally {
      slots.release();
    }
  }

  /**
   * How much of a body over the limit is still read, and dropped, before the 413 is answered: a body that states a
   * length at most this much over the limit is read to its end, one that states none 2 MiB further, as Tomcat's
   * {@code maxSwallowSize}. The client has then sent its body and is reading when the answer comes; were the
   * connection closed with its body unread, the kernel would reset it, and the client could lose the answer while
   * still sending (RFC 9112, 9.6). A body larger still is answered at once and its connection closed.
   */
  private static final long SWALLOW_BYTES = 2L * 1024 * 1024;

  private byte[] body(Context ctx, Locale locale) {
    String length = ctx.header("Content-Length");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = ctx.req().getInputStream()) {
      long stated = length != null && length.matches("\\d{1,18}") ? Long.parseLong(length) : -1;
      if (stated > limits.maxBodyBytes) {
        if (stated - limits.maxBodyBytes <= SWALLOW_BYTES) {
          swallow(in, buffer, stated);
        }
        throw new Problem(413, "tooLarge", locale, limits.maxBodyBytes);
      }
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        if (out.size() > limits.maxBodyBytes) {
          swallow(in, buffer, SWALLOW_BYTES);
          throw new Problem(413, "tooLarge", locale, limits.maxBodyBytes);
        }
      }
    } catch (IOException e) {
      // the client stalled past the idle timeout or went away while sending
      throw new Problem(503, "timeout", locale, limits.requestTimeout.toMillis());
    }
    return out.toByteArray();
  }

  /**
   * Reads and drops at most {@code bytes} more of a body that is over the limit; a failure to read it changes
   * nothing, since the answer is 413 either way.
   */
  private static void swallow(InputStream in, byte[] buffer, long bytes) {
    long left = bytes;
    try {
      for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0; ) {
        left -= n;
      }
    } catch (IOException e) {
      // the client went away: there is no one to answer, and the connection closes
    }
  }

  private static void requireType(Context ctx, Locale locale, String expected, String... accepted) {
    String type = ctx.contentType();
    String bare = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    for (String a : accepted) {
      if (bare.equals(a)) {
        return;
      }
    }
    throw new Problem(415, "unsupported", locale, type == null ? "(no Content-Type)" : type, expected);
  }

  /** @return the language of {@code ?lang=}: fi (the default), sv or en; anything else is a 400 problem */
  static Locale locale(Context ctx) {
    String lang = ctx.queryParam("lang");
    if (lang == null || lang.isEmpty()) {
      return Language.DEFAULT;
    }
    if (lang.equals("fi") || lang.equals("sv") || lang.equals("en")) {
      return new Locale(lang);
    }
    throw new Problem(400, "lang", Language.DEFAULT, lang.length() > 20 ? lang.substring(0, 20) + "…" : lang);
  }

  private static Locale localeOrFinnish(Context ctx) {
    try {
      return locale(ctx);
    } catch (Problem unknownLanguage) {
      return Language.DEFAULT;
    }
  }

  private static void json(Context ctx, String body) {
    text(ctx, JSON, body);
  }

  private static void text(Context ctx, String mediaType, String body) {
    ctx.contentType(mediaType + "; charset=utf-8").result(body.getBytes(StandardCharsets.UTF_8));
  }

  private static String resource(String name) {
    try (InputStream in = Objects.requireNonNull(HankeService.class.getResourceAsStream("service/" + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- problems (RFC 9457) ---

  private interface Extension {
    void write(JsonGenerator g) throws IOException;
  }

  /** An answer other than success: its status, its kind (the last segment of its type) and its texts' keys. */
  static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String kind;
    final String title;
    final String detail;
    transient Extension extension;

    Problem(int status, String kind, Locale locale, Object... args) {
      this(status, kind, kind, locale, args);
    }

    Problem(int status, String kind, String detailKey, Locale locale, Object... args) {
      super(kind, null, false, false);
      this.status = status;
      this.kind = kind;
      this.title = Language.text(locale, "problem." + kind);
      this.detail = Language.text(locale, "problem." + detailKey + ".detail", args);
    }
  }

  private static void problem(Context ctx, Problem p) {
    String text = ValidateCommand.write(g -> {
      g.writeStartObject();
      g.writeStringField("type", PROBLEM_TYPE + p.kind);
      g.writeStringField("title", p.title);
      g.writeNumberField("status", p.status);
      g.writeStringField("detail", p.detail);
      g.writeStringField("instance", ctx.path());
      if (p.extension != null) {
        p.extension.write(g);
      }
      g.writeEndObject();
    });
    text(ctx.status(p.status), PROBLEM_JSON, text);
  }
}

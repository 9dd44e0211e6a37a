package fi.hanke.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code serve} command (<i>palvele</i>, sv. <i>betjäna</i>): starts the HTTP validation service and its
 * page ({@link HankeService}) and runs until the process is stopped.
 *
 * <pre>
 * serve [--port N] [--host H] [--max-body-bytes N] [--request-timeout S] [--max-concurrent N]
 * </pre>
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class)
final class ServeCommand implements Callable<Integer> {
  /** One line per log record (JUL's default takes two), unless the host has chosen its own format. */
  private static final String LOG_FORMAT = "%1$tFT%1$tT.%1$tLZ %4$s %3$s: %5$s%6$s%n";

  /** Jetty's and Javalin's start-up chatter: only their warnings, so that requests are all the log says. */
  private static final java.util.logging.Logger JETTY = java.util.logging.Logger.getLogger("org.eclipse.jetty");
  private static final java.util.logging.Logger JAVALIN = java.util.logging.Logger.getLogger("io.javalin");

  @Mixin
  Language lang;

  @Spec
  CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", descriptionKey = "hanke.serve.port")
  int port = 8080;

  @Option(names = "--host", paramLabel = "H", descriptionKey = "hanke.serve.host")
  String host = "127.0.0.1";

  @Option(names = "--max-body-bytes", paramLabel = "N", descriptionKey = "hanke.serve.maxBody")
  long maxBodyBytes = HankeService.Limits.standard().maxBodyBytes;

  @Option(names = "--request-timeout", paramLabel = "S", descriptionKey = "hanke.serve.timeout")
  long requestTimeoutSeconds = HankeService.Limits.standard().requestTimeout.toSeconds();

  @Option(names = "--max-concurrent", paramLabel = "N", descriptionKey = "hanke.serve.maxConcurrent")
  int maxConcurrent = HankeService.Limits.standard().maxConcurrent;

  private final PrintStream out;
  private final PrintStream err;

  ServeCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty("java.util.logging.SimpleFormatter.format", LOG_FORMAT);
    }
    JETTY.setLevel(java.util.logging.Level.WARNING);
    JAVALIN.setLevel(java.util.logging.Level.WARNING);
    if (port < 0 || port > 65535) {
      throw new Main.UsageError(spec, "error.port", port);
    }
    atLeastOne("--max-body-bytes", maxBodyBytes);
    atLeastOne("--request-timeout", requestTimeoutSeconds);
    atLeastOne("--max-concurrent", maxConcurrent);
    HankeService.Limits limits =
        new HankeService.Limits(maxBodyBytes, Duration.ofSeconds(requestTimeoutSeconds), maxConcurrent);
    HankeService service;
    try {
      service = HankeService.start(limits, host, port);
    } catch (RuntimeException e) {
      // the address is taken or cannot be bound: say so, as the other commands say what they cannot read
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      err.println("serve: " + Language.text(lang.locale(), "error.listen", host, port, cause.getMessage()));
      return Main.USAGE;
    }
    String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + service.port();
    out.println(Language.text(lang.locale(), "serve.started", base + HankeService.API, base + "/"));
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.close();
      stopped.countDown();
    }, "hanke-service-stop"));
    stopped.await();
    return 0;
  }

  private void atLeastOne(String option, long value) {
    if (value < 1) {
      throw new Main.UsageError(spec, "error.atLeastOne", option, value);
    }
  }
}

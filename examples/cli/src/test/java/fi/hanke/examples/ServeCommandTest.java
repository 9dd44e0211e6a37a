package fi.hanke.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The serve command's arguments: wrong ones are usage errors in the language, a taken port is said so. */
class ServeCommandTest {
  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.execute(args, InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void aPortOutOfRangeIsAUsageErrorInTheLanguage() {
    String[] r = run("serve", "--lang", "en", "--port", "70000");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("--port: 0 to 65535, not 70000"), r[2]);
    r = run("serve", "--port", "-1");
    assertTrue(r[2].contains("--port: 0–65535, ei -1"), r[2]);
  }

  @Test
  void aLimitBelowOneIsAUsageError() {
    String[] r = run("serve", "--lang", "sv", "--max-concurrent", "0");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("--max-concurrent: minst 1, inte 0"), r[2]);
  }

  @Test
  void aTakenPortIsSaidSo() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String[] r = run("serve", "--lang", "en", "--port", String.valueOf(taken.getLocalPort()));
      assertEquals("2", r[0]);
      assertTrue(r[2].startsWith("serve: cannot listen on 127.0.0.1 port " + taken.getLocalPort()), r[2]);
    }
  }

  @Test
  void helpNamesTheLimits() {
    String[] r = run("serve", "--help", "--lang", "en");
    assertEquals("0", r[0]);
    for (String option : new String[] {"--port", "--host", "--max-body-bytes", "--request-timeout", "--max-concurrent"}) {
      assertTrue(r[1].contains(option), r[1]);
    }
  }
}

package fi.hanke.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line as people call it: help, version, the default command, usage errors in three languages. */
class CommandLineTest {
  /** Output, error output and exit status of one run of {@code hanke ARGS}. */
  record Run(String out, String err, int status) {}

  static Run hanke(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.execute(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
  }

  @Test
  void helpListsTheCommandsInFinnishByDefaultAndExitsWithZero() {
    for (String flag : new String[] {"--help", "-h"}) {
      Run run = hanke(flag);
      assertEquals(0, run.status(), run.err());
      assertTrue(run.out().startsWith("Hanke: EU-rakennerahastohankkeet"), run.out());
      assertTrue(run.out().contains("Käyttö: hanke"), run.out());
      for (String command : new String[] {"seeds", "validate", "portfolio", "help"}) {
        assertTrue(run.out().contains("\n  " + command + " "), command + " in\n" + run.out());
      }
      assertEquals("", run.err());
    }
  }

  @Test
  void everyCommandHasHelpAndVersionInTheChosenLanguage() {
    for (String command : new String[] {"seeds", "validate", "portfolio"}) {
      Run fi = hanke(command, "--help");
      assertEquals(0, fi.status(), command);
      assertTrue(fi.out().contains("Käyttö: hanke " + command) && fi.out().contains("Valitsimet:"), fi.out());
      Run sv = hanke(command, "--lang", "sv", "--help");
      assertTrue(sv.out().contains("Användning: hanke " + command) && sv.out().contains("Flaggor:"), sv.out());
      Run en = hanke("--lang", "en", command, "--help");
      assertTrue(en.out().contains("Usage: hanke " + command) && en.out().contains("Options:"), en.out());
      Run version = hanke(command, "--version");
      assertEquals(0, version.status());
      assertTrue(version.out().matches("(?s)hanke \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\RJava .*"), version.out());
    }
    assertTrue(hanke("validate", "--help").out().contains("2   syötettä ei voitu lukea"), hanke("validate", "--help").out());
    assertTrue(hanke("help", "portfolio").out().contains("Käyttö: hanke portfolio"));
  }

  @Test
  void withoutACommandTheMainJobRunsInTheChosenLanguage() {
    Run run = hanke("--lang", "sv");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("Sammandrag av kostnadsförslaget"), run.out());
    assertEquals(run.out(), hanke("seeds", "--lang=sv").out());
    assertTrue(hanke().out().contains("Kustannusarvion tiivistelmä"));
  }

  @Test
  void anUnknownWordIsAUsageErrorThatSaysWhatAndHowToGetHelp() {
    Run run = hanke("frobnicate");
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().contains("hanke: tuntematon argumentti 'frobnicate'"), run.err());
    assertTrue(run.err().contains("Ohje: hanke --help"), run.err());
    Run typo = hanke("--lang", "en", "valdate");
    assertTrue(typo.err().contains("unknown argument 'valdate'") && typo.err().contains("Did you mean: validate"), typo.err());
    Run option = hanke("validate", "--lang", "sv", "x.json", "--bogus");
    assertEquals(2, option.status());
    assertTrue(option.err().contains("hanke validate: okänt argument '--bogus'"), option.err());
    assertTrue(option.err().contains("Hjälp: hanke validate --help"), option.err());
  }

  @Test
  void anOptionWithoutItsValueOrWithAWrongOneIsAUsageError() {
    Run bare = hanke("--lang");
    assertEquals(2, bare.status());
    assertEquals("", bare.out());
    assertTrue(bare.err().contains("valitsimelta --lang puuttuu arvo"), bare.err());
    Run de = hanke("--lang", "de");
    assertEquals(2, de.status());
    assertTrue(de.err().contains("--lang: arvo 'de' ei kelpaa; sallitut: fi, sv, en"), de.err());
    Run format = hanke("validate", "-", "--lang", "en", "--format", "xml");
    assertTrue(format.err().contains("--format: 'xml' is not allowed; allowed: text, json"), format.err());
    Run missing = hanke("validate", "--lang", "sv");
    assertEquals(2, missing.status());
    assertTrue(missing.err().contains("FILE|- saknas"), missing.err());
  }

  @Test
  void aPortfolioSizeThatIsNoNumberOrBelowOneIsAUsageError() {
    Run abc = hanke("portfolio", "abc");
    assertEquals(2, abc.status());
    assertTrue(abc.err().contains("hanke portfolio: N: 'abc' ei ole kokonaisluku"), abc.err());
    assertFalse(abc.err().contains("For input string"), abc.err());
    Run zero = hanke("portfolio", "0", "--lang", "en");
    assertEquals(2, zero.status());
    assertTrue(zero.err().contains("N must be at least 1, not 0"), zero.err());
  }
}

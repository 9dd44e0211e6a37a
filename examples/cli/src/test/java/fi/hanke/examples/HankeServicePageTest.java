package fi.hanke.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: Debian's chromium through its chromedriver (paths given, so Selenium Manager never
 * downloads anything), headless. Each state is saved as a PNG under {@code target/screenshots/}. Skipped, saying
 * why, when no browser is installed, unless {@code hanke.browser.required} is true (as in CI): then that fails.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HankeServicePageTest {
  private static final String CHROMIUM = System.getProperty("hanke.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = System.getProperty("hanke.chromedriver", "/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target/screenshots");

  private static HankeService service;
  private static ChromeDriver browser;
  private static WebDriverWait wait;
  private static String page;

  @BeforeAll
  static void start() throws IOException {
    String missing = !new File(CHROMIUM).canExecute() ? CHROMIUM
        : !new File(CHROMEDRIVER).canExecute() ? CHROMEDRIVER : null;
    if (missing != null) {
      String reason = "no browser: " + missing + " is not installed (apt-get install chromium chromium-driver)";
      if (Boolean.getBoolean("hanke.browser.required")) {
        fail(reason + ", and hanke.browser.required is true");
      }
      System.out.println("HankeServicePageTest skipped: " + reason);
      Assumptions.abort(reason);
    }
    service = HankeService.start(HankeService.Limits.standard(), "127.0.0.1", 0);
    page = "http://127.0.0.1:" + service.port() + "/";
    Files.createDirectories(SHOTS);
    Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1400,900",
        "--lang=fi");
    ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort().build();
    browser = new ChromeDriver(driver, options);
    browser.manage().window().setSize(new Dimension(1400, 900));
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.close();
    }
  }

  /** Saves the whole page (the window grown to its height) as a PNG. */
  private static void shot(String name) throws IOException {
    browser.manage().window().setSize(new Dimension(1400, 900));
    Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
    browser.manage().window().setSize(new Dimension(1400, Math.max(900, height.intValue() + 40)));
    Files.write(SHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
  }

  /** The page's text with the spaces numbers are written with (no-break, narrow no-break) as plain spaces. */
  private static String text(WebElement e) {
    return e.getText().replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  private static void upload(Path file) {
    browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().normalize().toString());
  }

  private static void waitForStatusOrError(String done) {
    wait.until(d -> text(d.findElement(By.id("status"))).equals(done) || d.findElement(By.id("error")).isDisplayed());
  }

  @Test
  @Order(1)
  void thePageOpensInFinnishWithALabelOnEveryControl() throws IOException {
    browser.get(page);
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Hanke – hankeasiakirjan tarkistus"));
    assertEquals("fi", browser.findElement(By.tagName("html")).getAttribute("lang"));
    List<WebElement> controls = browser.findElements(By.cssSelector("input, select, textarea"));
    assertEquals(3, controls.size());
    for (WebElement c : controls) {
      String id = c.getAttribute("id");
      List<WebElement> labels = browser.findElements(By.cssSelector("label[for='" + id + "']"));
      assertEquals(1, labels.size(), "control " + id + " has no label");
      assertFalse(labels.get(0).getText().isBlank());
    }
    // keyboard: Tab reaches the language, the file, the text and the button, in that order
    browser.get(page);
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Hanke – hankeasiakirjan tarkistus"));
    List<String> order = List.of("lang", "file", "paste", "check");
    org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(browser);
    for (String id : order) {
      keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
      assertEquals(id, browser.switchTo().activeElement().getAttribute("id"));
    }
    shot("01-page-fi.png");
  }

  @Test
  @Order(2)
  void seed003ShowsIts8600Finding_theSummaryAndTheFundingPicture() throws IOException {
    browser.get(page);
    upload(HankeServiceTest.SEED_TEXT);
    waitForStatusOrError("Valmis.");
    assertFalse(browser.findElement(By.id("error")).isDisplayed(), () -> text(browser.findElement(By.id("error"))));
    WebElement findings = browser.findElement(By.cssSelector("section.findings"));
    WebElement first = findings.findElement(By.cssSelector("li.finding"));
    assertTrue(text(first).contains("8 600,00 €"), text(first));
    assertTrue(text(first).startsWith("✖ VIRHE"), "severity by icon and word, not colour alone: " + text(first));
    assertTrue(first.findElement(By.tagName("blockquote")).getText().contains("rivi"), "the quoted source line");
    String summary = text(browser.findElement(By.cssSelector("section.summary")));
    assertTrue(summary.contains("Rahoitussuunnitelman tiivistelmä") && summary.contains("439 936,00 €"), summary);
    assertTrue(text(browser.findElement(By.cssSelector("section.coverage"))).contains("Mitä ei voitu tarkistaa"));
    WebElement picture = browser.findElement(By.cssSelector("#picture-funding-plan img"));
    Number width = (Number) browser.executeScript("return arguments[0].naturalWidth", picture);
    assertTrue(width.intValue() > 0, "the funding picture is drawn");
    shot("02-seed-003-fi.png");
    Files.write(SHOTS.resolve("02b-seed-003-pictures-fi.png"),
        browser.findElement(By.cssSelector("section.pictures-section")).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  @Order(3)
  void switchingToSwedishShowsSwedishTextsAndFindings() throws IOException {
    new Select(browser.findElement(By.id("lang"))).selectByValue("sv");
    waitForStatusOrError("Klart.");
    assertEquals("Hanke – granskning av projekthandlingar", browser.findElement(By.tagName("h1")).getText());
    assertEquals("sv", browser.findElement(By.tagName("html")).getAttribute("lang"));
    String findings = text(browser.findElement(By.cssSelector("section.findings")));
    assertTrue(findings.contains("Iakttagelser") && findings.contains("FEL"), findings);
    assertTrue(findings.contains("8 600,00 €"), findings);
    assertTrue(text(browser.findElement(By.cssSelector("section.summary"))).contains("Sammandrag av finansieringsplanen"));
    shot("03-seed-003-sv.png");
  }

  @Test
  @Order(4)
  void garbageGetsAClearMessage() throws IOException {
    Path garbage = Path.of("target/garbage.txt");
    Files.writeString(garbage, "qwerty 123\n\u0000\u0001 not a funding decision at all\n", StandardCharsets.UTF_8);
    browser.get(page);
    upload(garbage);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    String error = text(browser.findElement(By.id("error")));
    assertTrue(error.contains("Asiakirjaa ei voitu tarkistaa") && error.contains("Asiakirjaa ei luettu malliin"), error);
    assertEquals("alert", browser.findElement(By.id("error")).getAttribute("role"));
    assertTrue(browser.findElements(By.cssSelector("section.findings")).isEmpty());
    shot("04-garbage-fi.png");
  }
}

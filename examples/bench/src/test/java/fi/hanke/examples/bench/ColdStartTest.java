package fi.hanke.examples.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColdStartTest {
  @Test
  void theProbePrintsTheCountsLineOfSeedTwosReportInFinnish() {
    String line = ColdStart.countsLine();
    assertTrue(line.matches("Yhteensä \\d+ (virhe|virhettä), \\d+ (varoitus|varoitusta), \\d+ (huomautus|huomautusta)\\."), line);
  }
}

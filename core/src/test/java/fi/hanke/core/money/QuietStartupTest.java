package fi.hanke.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.testing.ChildJvm;
import org.junit.jupiter.api.Test;

/**
 * Moneta logs through java.util.logging when its {@code Money} is first initialised; Hanke keeps quiet by never
 * loading {@code Money} (its amounts are {@code FastMoney}), with no change of any logger. The checks need a JVM
 * in which nothing of Moneta has been loaded yet, so they run a small main class in a child JVM: once to see
 * that it prints nothing, once with {@code -verbose:class} to see which of Moneta's classes it loads. The
 * controls run Moneta's {@code Money} directly and show that both checks can fail.
 */
class QuietStartupTest {

  @Test
  void firstUseOfEurAndPercentagePrintsNothing() throws Exception {
    ChildJvm.assertPrintsNothing(QuietStartupMain.class);
  }

  @Test
  void firstUseNeverLoadsMonetasMoney() throws Exception {
    ChildJvm.assertNeverLoadsMoney(QuietStartupMain.class);
  }

  @Test
  void controlMonetaAloneDoesPrintItsInfoLine() throws Exception {
    // Shows that the first test can see the line it guards against. If a Moneta upgrade stops logging,
    // this control fails, and Money may be considered again.
    ChildJvm.Result r = ChildJvm.run(MonetaDirectMain.class);
    assertEquals(0, r.exitCode(), "exit code; stderr: " + r.stderr());
    assertFalse(r.stderr().isEmpty(), "Moneta printed nothing");
  }

  @Test
  void controlMonetaAloneDoesLoadMoney() throws Exception {
    // Shows that the second test can see the classes it guards against.
    ChildJvm.Result r = ChildJvm.run(MonetaDirectMain.class, "-verbose:class");
    assertTrue(r.loaded("org.javamoney.moneta.Money"), "the class log does not show Money");
    assertTrue(r.loaded("org.javamoney.moneta.DefaultMonetaryContextFactory"), "nor its context factory");
  }
}

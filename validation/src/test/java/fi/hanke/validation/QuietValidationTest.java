package fi.hanke.validation;

import fi.hanke.core.testing.ChildJvm;
import org.junit.jupiter.api.Test;

/**
 * Validating prints nothing and never loads Moneta's {@code Money} (whose static initialiser logs through
 * java.util.logging), so Hanke needs no change of global logging state to keep quiet. Each check runs
 * {@link QuietValidationMain} in a fresh JVM, in which nothing of Moneta has been loaded before; the controls
 * of {@code fi.hanke.core.money.QuietStartupTest} show that both checks can fail.
 */
class QuietValidationTest {

  @Test
  void readingAndValidatingPrintsNothing() throws Exception {
    ChildJvm.assertPrintsNothing(QuietValidationMain.class);
  }

  @Test
  void readingAndValidatingNeverLoadMonetasMoney() throws Exception {
    ChildJvm.assertNeverLoadsMoney(QuietValidationMain.class);
  }
}

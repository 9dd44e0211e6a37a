package fi.hanke.core.money;

import java.math.RoundingMode;

/**
 * Run in a fresh JVM by {@link QuietStartupTest}: touches the money API the way a host would on first use.
 * Prints nothing itself; reports only through its exit code.
 */
public final class QuietStartupMain {

  private QuietStartupMain() {}

  /**
   * Uses Eur and Percentage, exits 0 if the results are right and 3 otherwise.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    boolean ok = Eur.cents(Eur.parse("1.00")) == 100
        && Eur.cents(Percentage.parse("40").of(Eur.parse("273907"), RoundingMode.HALF_UP)) == 10956280L
        && Eur.cents(Eur.sum(Allocation.split(Eur.of(100), 3, Remainder.largestRemainder()))) == 10000;
    System.exit(ok ? 0 : 3);
  }
}

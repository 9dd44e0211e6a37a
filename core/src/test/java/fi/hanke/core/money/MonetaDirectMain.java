package fi.hanke.core.money;

/**
 * Run in a fresh JVM by {@link QuietStartupTest} as a control: initialises Moneta's {@code Money} directly,
 * without {@link Eur}, which makes Moneta log its INFO line.
 */
public final class MonetaDirectMain {

  private MonetaDirectMain() {}

  /**
   * Creates one Money directly.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    org.javamoney.moneta.Money.of(1, "EUR");
  }
}

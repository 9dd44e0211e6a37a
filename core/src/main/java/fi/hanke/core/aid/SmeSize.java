package fi.hanke.core.aid;

import fi.hanke.core.internal.money.Total;
import fi.hanke.core.money.Eur;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.javamoney.moneta.FastMoney;

/**
 * The size class of an enterprise from its figures (<i>pk-yritysmääritelmä</i>, sv. <i>SMF-definitionen</i>),
 * as Commission Recommendation 2003/361/EC defines it ({@code domain/finnish-rules.md} §7):
 *
 * <table>
 * <caption>Ceilings</caption>
 * <tr><th>Class</th><th>Headcount (AWU)</th><th>Turnover</th><th>or balance sheet</th></tr>
 * <tr><td>micro</td><td>&lt; 10</td><td>≤ 2 M€</td><td>≤ 2 M€</td></tr>
 * <tr><td>small</td><td>&lt; 50</td><td>≤ 10 M€</td><td>≤ 10 M€</td></tr>
 * <tr><td>medium</td><td>&lt; 250</td><td>≤ 50 M€</td><td>≤ 43 M€</td></tr>
 * </table>
 *
 * <p>An enterprise is in a class if it meets the headcount ceiling and either financial ceiling (Annex Art. 2).
 * Partner enterprises' figures are added pro rata to the holding and linked enterprises' in full (Annex Art. 6).
 * An enterprise gains or loses a status only if it crosses a ceiling in two consecutive accounting periods
 * (Annex Art. 4(2)); see {@link #status(List)}. The ceilings have applied since 1.1.2005 unchanged, so they are
 * one table here rather than dated values.
 */
public final class SmeSize {
  private static final BigDecimal[] HEADCOUNT = {BigDecimal.valueOf(10), BigDecimal.valueOf(50), BigDecimal.valueOf(250)};
  private static final long[] TURNOVER = {2_000_000, 10_000_000, 50_000_000};
  private static final long[] BALANCE = {2_000_000, 10_000_000, 43_000_000};

  private SmeSize() {}

  /**
   * The class of one period's figures (already including partner and linked enterprises).
   *
   * @param f the figures
   * @return micro, small, medium or large
   */
  public static CompanySize classify(EnterpriseFigures f) {
    Objects.requireNonNull(f, "figures");
    for (int i = 0; i < HEADCOUNT.length; i++) {
      boolean staff = f.headcount().compareTo(HEADCOUNT[i]) < 0;
      boolean money = !f.turnover().isGreaterThan(Eur.of(TURNOVER[i])) || !f.balanceSheet().isGreaterThan(Eur.of(BALANCE[i]));
      if (staff && money) {
        return CompanySize.values()[i];
      }
    }
    return CompanySize.LARGE;
  }

  /**
   * An enterprise's own figures with its partners' added pro rata to the holding and its linked enterprises'
   * in full; autonomous holdings (below 25 %) add nothing. Money is rounded to the cent, half even.
   *
   * @param own the enterprise's own figures
   * @param related its partner and linked enterprises
   * @return the figures that decide its class
   * @throws IllegalArgumentException if the turnover or the balance sheet total added up is beyond the range of
   *     an amount, ±92 233 720 368 547,75 €; the message names it and the sum
   */
  public static EnterpriseFigures aggregate(EnterpriseFigures own, List<RelatedEnterprise> related) {
    BigDecimal staff = own.headcount();
    Total turnover = Total.of(own.turnover());
    Total balance = Total.of(own.balanceSheet());
    for (RelatedEnterprise r : related) {
      BigDecimal share = r.linked() ? BigDecimal.ONE : r.partner() ? r.holdingPercent().movePointLeft(2) : BigDecimal.ZERO;
      staff = staff.add(r.figures().headcount().multiply(share));
      turnover.add(part(r.figures().turnover(), share));
      balance.add(part(r.figures().balanceSheet(), share));
    }
    return EnterpriseFigures.builder().headcount(staff).turnover(turnover.money("turnover"))
        .balanceSheet(balance.money("balanceSheet")).build();
  }

  private static FastMoney part(FastMoney amount, BigDecimal share) {
    return Eur.of(Eur.decimal(amount).multiply(share).setScale(2, RoundingMode.HALF_EVEN));
  }

  /**
   * The status after a series of accounting periods, oldest first: the first period's class, which changes
   * only when two consecutive periods both fall in classes on the same side of it — then to the one of the two
   * nearer to it (an enterprise over the small ceilings in both periods but over the medium ones only in the
   * second becomes medium-sized). [Inference from Annex Art. 4(2); the Recommendation does not spell out
   * the jump over two classes.]
   *
   * @param periods the aggregated figures of each period, oldest first; not empty
   * @return the status after the last period
   * @throws IllegalArgumentException if there are no periods
   */
  public static CompanySize status(List<EnterpriseFigures> periods) {
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("the size status needs at least one accounting period");
    }
    CompanySize status = classify(periods.get(0));
    CompanySize previous = status;
    for (int i = 1; i < periods.size(); i++) {
      CompanySize now = classify(periods.get(i));
      int a = Integer.compare(previous.ordinal(), status.ordinal());
      int b = Integer.compare(now.ordinal(), status.ordinal());
      if (a != 0 && a == b) {
        status = a > 0 ? (previous.ordinal() < now.ordinal() ? previous : now) : (previous.ordinal() > now.ordinal() ? previous : now);
      }
      previous = now;
    }
    return status;
  }
}

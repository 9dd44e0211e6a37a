package fi.hanke.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The checks and sums of {@link Eur} as they were before the fast paths (commit 62bde4f), kept word for word
 * as the reference that {@code MoneyFastPathPropertiesTest} compares the library against.
 */
final class EurBefore {
  private static final int MAX_PRECISION = MathContext.DECIMAL128.getPrecision();

  private EurBefore() {}

  static Money zero() {
    return money(BigDecimal.ZERO);
  }

  static Money of(BigDecimal euros) {
    Objects.requireNonNull(euros, "euros");
    return money(checked(euros, "euro amount", euros.toPlainString()));
  }

  static Money require(MonetaryAmount amount, String field) {
    Objects.requireNonNull(amount, () -> field + " must not be null");
    if (!Eur.CURRENCY.getCurrencyCode().equals(amount.getCurrency().getCurrencyCode())) {
      throw new IllegalArgumentException(
          field + " must be in EUR but is " + amount.getCurrency().getCurrencyCode() + " " + number(amount).toPlainString());
    }
    BigDecimal number = number(amount);
    return money(checked(number, field, number.toPlainString() + " EUR"));
  }

  static BigDecimal decimal(MonetaryAmount amount) {
    return number(require(amount, "amount")).setScale(2, RoundingMode.UNNECESSARY);
  }

  static long cents(MonetaryAmount amount) {
    return decimal(amount).unscaledValue().longValueExact();
  }

  static Money sum(Iterable<? extends MonetaryAmount> amounts) {
    Objects.requireNonNull(amounts, "amounts");
    BigDecimal total = BigDecimal.ZERO;
    int i = 0;
    for (MonetaryAmount amount : amounts) {
      total = total.add(number(require(amount, "amounts[" + i + "]")));
      i++;
    }
    return money(checked(total, "sum", total.toPlainString()));
  }

  static BigDecimal share(MonetaryAmount part, MonetaryAmount total) {
    BigDecimal p = number(require(part, "part"));
    BigDecimal t = number(require(total, "total"));
    if (t.signum() == 0) {
      throw new IllegalArgumentException("total must not be zero for a share (part " + p.toPlainString() + " EUR)");
    }
    return p.divide(t, 6, RoundingMode.HALF_UP);
  }

  static BigDecimal exactOf(Percentage rate, MonetaryAmount base) {
    return number(require(base, "base")).multiply(rate.value()).movePointLeft(2);
  }

  static BigDecimal number(MonetaryAmount amount) {
    return amount.getNumber().numberValueExact(BigDecimal.class);
  }

  static Money money(BigDecimal checkedNumber) {
    return Money.of(checkedNumber, Eur.CURRENCY, Eur.CONTEXT);
  }

  static BigDecimal checked(BigDecimal number, String field, String shown) {
    BigDecimal stripped = number.stripTrailingZeros();
    if (stripped.scale() > 2) {
      throw new IllegalArgumentException(field + " " + shown + " is finer than a cent; at most two decimals are allowed");
    }
    BigInteger cents = stripped.setScale(2, RoundingMode.UNNECESSARY).unscaledValue();
    if (cents.abs().toString().length() > MAX_PRECISION) {
      throw new IllegalArgumentException(field + " " + shown + " has more than " + MAX_PRECISION + " digits");
    }
    return number;
  }
}

package fi.hanke.examples.bench.beans;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.cost.TravelCostModel;
import fi.hanke.core.money.Eur;
import fi.hanke.core.programme.Dated;
import fi.hanke.core.programme.FlatRate;
import fi.hanke.core.programme.FlatRateConditions;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.javamoney.moneta.FastMoney;

/** The cost constraints (<i>kustannusarvio</i>, sv. <i>kostnadsförslag</i>): Hanke's family {@code cost}. */
public final class CostConstraints {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private CostConstraints() {}

  /** The flat-rate definition of the form's cost option on the form's date, or empty. */
  private static Optional<FlatRate> flatRate(ProjectForm p) {
    return Reference.PROFILE.flatRate(p.getCostModel().getOption(), Reference.dateOf(p));
  }

  /** A percentage of an amount, exactly. */
  private static BigDecimal percentOf(BigDecimal percent, BigDecimal amount) {
    return amount.multiply(percent).movePointLeft(2);
  }

  private static String label(CostCategory category) {
    return category.displayName(FormValidation.FINNISH);
  }

  /**
   * {@code COST-NET-TOTAL}: the stated net cost equals the lines less income, in the applied and the approved
   * column; a difference inside the tolerance is INFO.
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = NetTotalMatchesLines.Check.class)
  public @interface NetTotalMatchesLines {
    /** @return the message key, the rule id */
    String message() default "{COST-NET-TOTAL}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<NetTotalMatchesLines, CostEstimateForm> {
      private static final StatedTotals NET = new StatedTotals("statedNet", "computed", true);

      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(CostEstimateForm e, ConstraintValidatorContext context) {
        return e == null || e.getLines().isEmpty() || NET.check(context, e.getStatedNetApplied(), e.computedNetApplied(),
            e.getStatedNetApproved(), e::computedNetApproved);
      }
    }
  }

  /**
   * {@code COST-FLAT-RATE-LINE}: the flat-rate line equals the option's rate times its base (40 % of staff costs,
   * 7 % of direct costs …), within the tolerance.
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = FlatRateLineMatches.Check.class)
  public @interface FlatRateLineMatches {
    /** @return the message key, the rule id */
    String message() default "{COST-FLAT-RATE-LINE}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<FlatRateLineMatches, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        if (p == null || p.getCostModel() == null || p.getCostEstimate() == null
            || !p.getCostModel().getOption().isFlatRate() || p.getCostEstimate().getLines().isEmpty()) {
          return true;
        }
        Optional<FlatRate> rate = flatRate(p);
        if (rate.isEmpty()) {
          return true;
        }
        CostEstimateForm e = p.getCostEstimate();
        BigDecimal base = BigDecimal.ZERO;
        for (CostCategory c : rate.get().baseCategories()) {
          base = base.add(e.applied(c));
        }
        BigDecimal expected = percentOf(rate.get().rate().value(), base);
        BigDecimal actual = e.applied(CostCategory.FLAT_RATE);
        BigDecimal difference = actual.subtract(expected);
        if (difference.signum() == 0) {
          return true;
        }
        Report.of(context).with("actual", Fi.euros(actual)).with("rate", Fi.percent(rate.get().rate().value()))
            .with("base", Fi.base(rate.get().base())).with("baseAmount", Fi.euros(base))
            .with("expected", Fi.decimal(expected)).with("difference", Fi.decimal(difference))
            .difference(difference).addPropertyNode("costEstimate").addPropertyNode(CostCategory.FLAT_RATE.name())
            .addConstraintViolation();
        return false;
      }
    }
  }

  /** {@code COST-LINE-NOT-CLAIMABLE}: no line carries an amount the flat-rate option already covers. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = LinesClaimable.Check.class)
  public @interface LinesClaimable {
    /** @return the message key, the rule id */
    String message() default "{COST-LINE-NOT-CLAIMABLE}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<LinesClaimable, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        if (p == null || p.getCostModel() == null || p.getCostEstimate() == null) {
          return true;
        }
        Optional<FlatRate> rate = flatRate(p);
        if (rate.isEmpty()) {
          return true;
        }
        boolean valid = true;
        for (CostLineForm line : p.getCostEstimate().getLines()) {
          if (!rate.get().claimableCategories().contains(line.getCategory()) && line.getApplied().signum() != 0) {
            valid = false;
            Report.of(context).with("option", p.getCostModel().getOption().displayName(FormValidation.FINNISH))
                .with("category", label(line.getCategory())).with("amount", Fi.euros(line.getApplied()))
                .violation().addPropertyNode("costEstimate").addPropertyNode(line.getCategory().name())
                .addConstraintViolation();
          }
        }
        return valid;
      }
    }
  }

  /**
   * {@code COST-FLAT-RATE-CONDITIONS}: the 7 % option only with no staff costs, or purchased services at least 30 %
   * or travel at least 20 % of staff costs.
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = FlatRateConditionsMet.Check.class)
  public @interface FlatRateConditionsMet {
    /** @return the message key, the rule id */
    String message() default "{COST-FLAT-RATE-CONDITIONS}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<FlatRateConditionsMet, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        if (p == null || p.getCostModel() == null || p.getCostEstimate() == null
            || p.getCostEstimate().getLines().isEmpty()) {
          return true;
        }
        Optional<FlatRateConditions> conditions = flatRate(p).flatMap(FlatRate::conditions);
        if (conditions.isEmpty()) {
          return true;
        }
        FlatRateConditions c = conditions.get();
        CostEstimateForm e = p.getCostEstimate();
        BigDecimal staff = e.applied(CostCategory.STAFF);
        if (staff.signum() == 0 && c.qualifiesWithoutStaffCosts()) {
          return true;
        }
        BigDecimal purchased = e.applied(CostCategory.PURCHASED_SERVICES);
        BigDecimal travel = e.applied(CostCategory.TRAVEL);
        BigDecimal purchasedRequired = c.purchasedServicesShareOfStaff().value();
        BigDecimal travelRequired = c.travelShareOfStaff().value();
        if (purchased.compareTo(percentOf(purchasedRequired, staff)) >= 0
            || travel.compareTo(percentOf(travelRequired, staff)) >= 0) {
          return true;
        }
        Report.of(context).with("option", p.getCostModel().getOption().displayName(FormValidation.FINNISH)).with("staff", Fi.euros(staff))
            .with("purchasedServices", Fi.euros(purchased)).with("purchasedShare", Fi.percent(share(purchased, staff)))
            .with("requiredPurchasedShare", Fi.percent(purchasedRequired))
            .with("travel", Fi.euros(travel)).with("travelShare", Fi.percent(share(travel, staff)))
            .with("requiredTravelShare", Fi.percent(travelRequired))
            .violation().addPropertyNode("costModel").addPropertyNode("option").addConstraintViolation();
        return false;
      }

      private static BigDecimal share(BigDecimal amount, BigDecimal staff) {
        return staff.signum() == 0 ? BigDecimal.ZERO
            : amount.multiply(HUNDRED).divide(staff.abs(), 2, RoundingMode.HALF_UP).abs();
      }
    }
  }

  /** {@code COST-OPTION-FUND}: the flat-rate option is one the project's fund may use. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = OptionAllowedForFund.Check.class)
  public @interface OptionAllowedForFund {
    /** @return the message key, the rule id */
    String message() default "{COST-OPTION-FUND}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<OptionAllowedForFund, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        if (p == null || p.getCostModel() == null || p.getPlacement() == null || p.getPlacement().getFund() == null) {
          return true;
        }
        Optional<FlatRate> rate = flatRate(p);
        if (rate.isEmpty() || rate.get().funds().contains(p.getPlacement().getFund())) {
          return true;
        }
        Report.of(context).with("option", p.getCostModel().getOption().displayName(FormValidation.FINNISH))
            .with("fund", p.getPlacement().getFund().displayName(FormValidation.FINNISH))
            .with("funds", Reference.list(rate.get().funds(), f -> f.displayName(FormValidation.FINNISH)))
            .violation().addPropertyNode("costModel").addPropertyNode("option").addConstraintViolation();
        return false;
      }
    }
  }

  /** {@code COST-TRAVEL-UNIT-COSTS}: travel unit costs only with an option that allows them. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = TravelUnitCostsAllowed.Check.class)
  public @interface TravelUnitCostsAllowed {
    /** @return the message key, the rule id */
    String message() default "{COST-TRAVEL-UNIT-COSTS}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<TravelUnitCostsAllowed, CostModelForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(CostModelForm m, ConstraintValidatorContext context) {
        if (m == null || m.getTravelCostModel() != TravelCostModel.UNIT_COSTS
            || Reference.PROFILE.travelUnitCostOptions().contains(m.getOption())) {
          return true;
        }
        Report.of(context).with("option", m.getOption() == null ? "" : m.getOption().displayName(FormValidation.FINNISH))
            .with("allowedOptions", Reference.list(Reference.PROFILE.travelUnitCostOptions(), o -> o.displayName(FormValidation.FINNISH)))
            .violation().addPropertyNode("travelCostModel").addConstraintViolation();
        return false;
      }
    }
  }

  /** {@code COST-LUMP-SUM-LIMIT}: a draft-budget lump-sum project costs at most the programme's limit. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = LumpSumWithinLimit.Check.class)
  public @interface LumpSumWithinLimit {
    /** @return the message key, the rule id */
    String message() default "{COST-LUMP-SUM-LIMIT}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<LumpSumWithinLimit, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        if (p == null || p.getCostModel() == null || p.getCostEstimate() == null
            || p.getCostModel().getOption() != CostOption.LUMP_SUM) {
          return true;
        }
        Optional<FastMoney> maximum = Dated.on(Reference.PROFILE.draftBudgetLumpSumMaximum(), Reference.dateOf(p));
        BigDecimal total = p.getCostEstimate().netApplied();
        if (maximum.isEmpty() || total.compareTo(Eur.decimal(maximum.get())) <= 0) {
          return true;
        }
        Report.of(context).with("total", Fi.euros(total)).with("maximum", Fi.euros(Eur.decimal(maximum.get())))
            .violation().addPropertyNode("costEstimate").addConstraintViolation();
        return false;
      }
    }
  }

  /** {@code COST-APPROVED-ABOVE-APPLIED}: no line but income is approved above what was applied for. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = ApprovedNotAboveApplied.Check.class)
  public @interface ApprovedNotAboveApplied {
    /** @return the message key, the rule id */
    String message() default "{COST-APPROVED-ABOVE-APPLIED}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<ApprovedNotAboveApplied, CostEstimateForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(CostEstimateForm e, ConstraintValidatorContext context) {
        if (e == null) {
          return true;
        }
        boolean valid = true;
        for (CostLineForm line : e.getLines()) {
          if (line.getCategory() != CostCategory.INCOME && line.getApproved() != null
              && line.getApproved().compareTo(line.getApplied()) > 0) {
            valid = false;
            Report.of(context).with("category", label(line.getCategory())).with("applied", Fi.euros(line.getApplied()))
                .with("approved", Fi.euros(line.getApproved()))
                .violation().addPropertyNode(line.getCategory().name()).addConstraintViolation();
          }
        }
        return valid;
      }
    }
  }
}

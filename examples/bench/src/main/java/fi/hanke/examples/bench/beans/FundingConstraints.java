package fi.hanke.examples.bench.beans;

import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.money.Percentage;
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

/** The funding constraints (<i>rahoitussuunnitelma</i>, sv. <i>finansieringsplan</i>): Hanke's family {@code funding}. */
public final class FundingConstraints {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private FundingConstraints() {}

  /** The aid, the net cost and the aid ceiling of the project type on the form's date, where all are known. */
  private static final class Aid {
    final BigDecimal ceiling;
    final BigDecimal net;
    final BigDecimal aid;

    private Aid(BigDecimal ceiling, BigDecimal net, BigDecimal aid) {
      this.ceiling = ceiling;
      this.net = net;
      this.aid = aid;
    }

    /** @return the figures, or null without a cost estimate, a funding plan, a ceiling or a positive net cost */
    static Aid of(ProjectForm p) {
      if (p == null || p.getFundingPlan() == null || p.getCostEstimate() == null) {
        return null;
      }
      Optional<Percentage> ceiling = Reference.PROFILE.aidCeiling(Reference.projectType(p), Reference.dateOf(p));
      BigDecimal net = p.getCostEstimate().netApplied();
      if (ceiling.isEmpty() || net.signum() <= 0) {
        return null;
      }
      return new Aid(ceiling.get().value(), net, p.getFundingPlan().applied(FundingSource.EU_AND_STATE));
    }

    boolean coversNet() {
      return aid.compareTo(net) >= 0;
    }

    Report report(ConstraintValidatorContext context) {
      return Report.of(context).with("aid", Fi.euros(aid)).with("netCost", Fi.euros(net))
          .with("ceiling", Fi.percent(ceiling));
    }
  }

  /**
   * {@code FUNDING-LINES-SUM}: the funding lines add up to the stated total, in the applied and the approved
   * column; a difference inside the tolerance is INFO.
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = LinesAddUpToTotal.Check.class)
  public @interface LinesAddUpToTotal {
    /** @return the message key, the rule id */
    String message() default "{FUNDING-LINES-SUM}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<LinesAddUpToTotal, FundingPlanForm> {
      private static final StatedTotals TOTAL = new StatedTotals("statedTotal", "sum", false);

      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(FundingPlanForm f, ConstraintValidatorContext context) {
        return f == null || f.getLines().isEmpty() || TOTAL.check(context, f.getStatedTotalApplied(), f.totalApplied(),
            f.getStatedTotalApproved(), f::totalApproved);
      }
    }
  }

  /** {@code FUNDING-MATCHES-COST}: the funding plan's total equals the net cost; inside the tolerance, INFO. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = FundingMatchesCost.Check.class)
  public @interface FundingMatchesCost {
    /** @return the message key, the rule id */
    String message() default "{FUNDING-MATCHES-COST}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<FundingMatchesCost, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        if (p == null || p.getFundingPlan() == null || p.getCostEstimate() == null) {
          return true;
        }
        FundingPlanForm f = p.getFundingPlan();
        if (f.getLines().isEmpty() && f.getStatedTotalApplied() == null) {
          return true;
        }
        BigDecimal total = f.total();
        BigDecimal net = p.getCostEstimate().netApplied();
        BigDecimal difference = total.subtract(net);
        if (difference.signum() == 0) {
          return true;
        }
        Report.of(context).with("fundingTotal", Fi.euros(total)).with("netCost", Fi.euros(net))
            .with("difference", Fi.decimal(difference))
            .difference(difference).addPropertyNode("fundingPlan").addConstraintViolation();
        return false;
      }
    }
  }

  /**
   * {@code FUNDING-AID-CEILING}: the EU and State aid is at most the ceiling of the project type (80 % development,
   * 70 % investment) of the net cost; an excess inside the tolerance is INFO. Aid covering the whole net cost is
   * {@link NoFullAid}'s.
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = AidWithinCeiling.Check.class)
  public @interface AidWithinCeiling {
    /** @return the message key, the rule id */
    String message() default "{FUNDING-AID-CEILING}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<AidWithinCeiling, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        Aid a = Aid.of(p);
        if (a == null || a.coversNet()) {
          return true;
        }
        BigDecimal maximum = a.net.multiply(a.ceiling).movePointLeft(2);
        BigDecimal excess = a.aid.subtract(maximum);
        if (excess.signum() <= 0) {
          return true;
        }
        a.report(context).with("maximum", Fi.decimal(maximum)).with("excess", Fi.decimal(excess))
            .difference(excess).addPropertyNode("fundingPlan").addPropertyNode(FundingSource.EU_AND_STATE.name())
            .addConstraintViolation();
        return false;
      }
    }
  }

  /** {@code FUNDING-FULL-AID}: the aid covers the whole net cost only where the ceiling is 100 %. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = NoFullAid.Check.class)
  public @interface NoFullAid {
    /** @return the message key, the rule id */
    String message() default "{FUNDING-FULL-AID}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<NoFullAid, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        Aid a = Aid.of(p);
        if (a == null || !a.coversNet() || a.ceiling.compareTo(HUNDRED) >= 0) {
          return true;
        }
        a.report(context).violation().addPropertyNode("fundingPlan").addPropertyNode(FundingSource.EU_AND_STATE.name())
            .addConstraintViolation();
        return false;
      }
    }
  }

  /** {@code FUNDING-OWN-FUNDING}: the applicant contributes own funding, not only external funding. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = OwnFundingPresent.Check.class)
  public @interface OwnFundingPresent {
    /** @return the message key, the rule id */
    String message() default "{FUNDING-OWN-FUNDING}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<OwnFundingPresent, FundingPlanForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(FundingPlanForm f, ConstraintValidatorContext context) {
        if (f == null) {
          return true;
        }
        BigDecimal own = BigDecimal.ZERO;
        BigDecimal external = BigDecimal.ZERO;
        for (FundingLineForm line : f.getLines()) {
          FundingSource.Kind kind = line.getSource().kind();
          if (kind == FundingSource.Kind.OWN || kind == FundingSource.Kind.UNSPLIT) {
            own = own.add(line.getApplied());
          } else if (kind == FundingSource.Kind.EXTERNAL) {
            external = external.add(line.getApplied());
          }
        }
        if (own.signum() != 0 || external.signum() <= 0) {
          return true;
        }
        Report.of(context).with("external", Fi.euros(external)).violation().addConstraintViolation();
        return false;
      }
    }
  }

  /** {@code FUNDING-REGIONAL-SPLIT}: the regional split of the aid adds up to the aid; inside the tolerance, INFO. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = RegionalSplitAddsUp.Check.class)
  public @interface RegionalSplitAddsUp {
    /** @return the message key, the rule id */
    String message() default "{FUNDING-REGIONAL-SPLIT}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<RegionalSplitAddsUp, FundingPlanForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(FundingPlanForm f, ConstraintValidatorContext context) {
        if (f == null || f.getRegionalSplit().isEmpty()) {
          return true;
        }
        BigDecimal split = BigDecimal.ZERO;
        for (RegionalShareForm share : f.getRegionalSplit()) {
          split = split.add(share.getAmount());
        }
        BigDecimal aid = f.applied(FundingSource.EU_AND_STATE);
        BigDecimal difference = split.subtract(aid);
        if (difference.signum() == 0) {
          return true;
        }
        Report.of(context).with("splitTotal", Fi.euros(split)).with("aid", Fi.euros(aid))
            .with("difference", Fi.decimal(difference))
            .difference(difference).addPropertyNode("regionalSplit").addConstraintViolation();
        return false;
      }
    }
  }

  /**
   * {@code FUNDING-STATED-SHARE}: a line's printed share matches its amount's share of the plan's total, to the
   * precision it is printed with (a whole percent: ±0,5 percentage points).
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = StatedSharesMatch.Check.class)
  public @interface StatedSharesMatch {
    /** @return the message key, the rule id */
    String message() default "{FUNDING-STATED-SHARE}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<StatedSharesMatch, FundingPlanForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(FundingPlanForm f, ConstraintValidatorContext context) {
        if (f == null) {
          return true;
        }
        BigDecimal total = f.total();
        if (total.signum() <= 0) {
          return true;
        }
        boolean valid = true;
        for (FundingLineForm line : f.getLines()) {
          if (line.getStatedShare() == null) {
            continue;
          }
          BigDecimal stated = line.getStatedShare();
          int scale = Math.max(0, stated.stripTrailingZeros().scale());
          BigDecimal exact = line.getApplied().multiply(HUNDRED).divide(total, scale + 6, RoundingMode.HALF_UP);
          if (exact.subtract(stated).abs().compareTo(BigDecimal.valueOf(5, scale + 1)) > 0) {
            valid = false;
            Report.of(context).with("source", line.getSource().displayName(FormValidation.FINNISH))
                .with("stated", Fi.percent(stated))
                .with("computed", Fi.percent(exact.setScale(Math.max(2, scale), RoundingMode.HALF_UP).abs()))
                .with("amount", Fi.euros(line.getApplied())).with("total", Fi.euros(total))
                .violation().addPropertyNode(line.getSource().name()).addPropertyNode("statedShare")
                .addConstraintViolation();
          }
        }
        return valid;
      }
    }
  }
}

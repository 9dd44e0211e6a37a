package fi.hanke.examples.bench.beans;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The work-plan constraints (<i>työsuunnitelma</i>, sv. <i>arbetsplan</i>): Hanke's family {@code work}. */
public final class WorkConstraints {
  private WorkConstraints() {}

  /** A check of one target: its work package's code (null for the project's own targets), index and value. */
  private interface TargetCheck {
    boolean check(String workPackage, int index, TargetForm target);
  }

  /** Checks every target, the project's own first, then each work package's; true if all pass. */
  private static boolean everyTarget(ProjectForm p, TargetCheck check) {
    boolean valid = Walk.items(p.getTargets(), (i, t) -> check.check(null, i, t));
    return valid & Walk.workPackageItems(p, WorkPackageForm::getTargets, (wp, i, t) -> check.check(wp.getCode(), i, t));
  }

  /** Adds the violation at {@code [workPackages[code].]targets[i]}, or at its breakdown {@code .breakdowns[j]}. */
  private static void addAtTarget(ConstraintViolationBuilder b, String workPackage, int target, int breakdown) {
    if (workPackage == null) {
      if (breakdown < 0) {
        b.addPropertyNode("targets").addBeanNode().inIterable().atIndex(target).addConstraintViolation();
      } else {
        b.addPropertyNode("targets").addPropertyNode("breakdowns").inIterable().atIndex(target)
            .addBeanNode().inIterable().atIndex(breakdown).addConstraintViolation();
      }
      return;
    }
    NodeBuilderDefinedContext targets =
        b.addPropertyNode("workPackages").addPropertyNode("targets").inIterable().atKey(workPackage);
    if (breakdown < 0) {
      targets.addBeanNode().inIterable().atIndex(target).addConstraintViolation();
    } else {
      targets.addPropertyNode("breakdowns").inIterable().atIndex(target)
          .addBeanNode().inIterable().atIndex(breakdown).addConstraintViolation();
    }
  }

  /** Starts a path at {@code workPackages[code].<field>}. */
  static NodeBuilderDefinedContext atWorkPackage(ConstraintViolationBuilder b, String code, String field) {
    return b.addPropertyNode("workPackages").addPropertyNode(field).inIterable().atKey(code);
  }

  /** Adds the violation at {@code workPackages[code].deMinimisMeasures[k].<field>[m]}. */
  private static void atMeasureAmount(ConstraintViolationBuilder b, WorkPackageForm wp, String field, int k, int m) {
    atWorkPackage(b, wp.getCode(), "deMinimisMeasures").addPropertyNode(field).inIterable().atIndex(k)
        .addBeanNode().inIterable().atIndex(m).addConstraintViolation();
  }

  /** The name of a size class as the messages write it, or "kaikki" for every company. */
  private static String sizeName(SizeClassAmountForm entry) {
    return entry.getSize() == null ? "kaikki" : entry.getSize().displayName(FormValidation.FINNISH);
  }

  /**
   * The own contribution that goes with a stated aid: for a size class, that class's contribution (else the one
   * for every size, else zero); for an entry for every size, the last contribution for every size, else zero.
   */
  private static BigDecimal contributionFor(DeMinimisMeasureForm measure, SizeClassAmountForm entry) {
    BigDecimal any = null;
    for (SizeClassAmountForm c : measure.getContributions()) {
      if (c.getSize() == null) {
        any = c.getAmount();
      } else if (entry.getSize() != null && c.getSize() == entry.getSize()) {
        return c.getAmount();
      }
    }
    return any != null ? any : BigDecimal.ZERO;
  }

  /** {@code WORK-DUPLICATE-CODE}: no two work packages share a code. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = UniqueWorkPackageCodes.Check.class)
  public @interface UniqueWorkPackageCodes {
    /** @return the message key, the rule id */
    String message() default "{WORK-DUPLICATE-CODE}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<UniqueWorkPackageCodes, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        if (p == null || p.getWorkPackages().size() < 2) {
          return true;
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (WorkPackageForm wp : p.getWorkPackages()) {
          counts.merge(wp.getCode(), 1L, Long::sum);
        }
        boolean valid = true;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
          if (e.getValue() > 1) {
            valid = false;
            Report.of(context).with("code", e.getKey()).with("count", Fi.count(e.getValue()))
                .violation().addPropertyNode("workPackages").addBeanNode().inIterable().atKey(e.getKey())
                .addConstraintViolation();
          }
        }
        return valid;
      }
    }
  }

  /** {@code WORK-TARGET-RANGE}: the upper end of a range target is not below its lower end. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = TargetRangesUpward.Check.class)
  public @interface TargetRangesUpward {
    /** @return the message key, the rule id */
    String message() default "{WORK-TARGET-RANGE}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<TargetRangesUpward, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        return p == null || everyTarget(p, (workPackage, i, t) -> {
          if (t.getUpTo() == null || t.getUpTo() >= t.getQuantity()) {
            return true;
          }
          addAtTarget(Report.of(context).with("target", t.getDescription()).with("quantity", Fi.count(t.getQuantity()))
              .with("upTo", Fi.count(t.getUpTo())).violation(), workPackage, i, -1);
          return false;
        });
      }
    }
  }

  /**
   * {@code WORK-TARGET-BREAKDOWN}: a complete breakdown adds up to the target (or into its range); a partial one
   * does not exceed it.
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = TargetBreakdownsAddUp.Check.class)
  public @interface TargetBreakdownsAddUp {
    /** @return the message key, the rule id */
    String message() default "{WORK-TARGET-BREAKDOWN}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<TargetBreakdownsAddUp, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        return p == null || everyTarget(p, (workPackage, i, t) -> {
          long upTo = t.getUpTo() == null ? t.getQuantity() : t.getUpTo();
          long low = Math.min(t.getQuantity(), upTo);
          long high = Math.max(t.getQuantity(), upTo);
          boolean valid = true;
          List<BreakdownForm> breakdowns = t.getBreakdowns();
          for (int j = 0; j < breakdowns.size(); j++) {
            BreakdownForm b = breakdowns.get(j);
            long sum = 0;
            for (BreakdownPartForm part : b.getParts()) {
              sum = part.getQuantity() > Long.MAX_VALUE - sum ? Long.MAX_VALUE : sum + part.getQuantity();
            }
            if (b.isComplete() ? low <= sum && sum <= high : sum <= high) {
              continue;
            }
            valid = false;
            addAtTarget(Report.of(context).with("target", t.getDescription()).with("dimension", b.getDimension())
                .with("quantity", Fi.count(t.getQuantity())).with("sum", Fi.count(sum)).violation(), workPackage, i, j);
          }
          return valid;
        });
      }
    }
  }

  /** {@code WORK-DE-MINIMIS-AID}: the stated aid per company is the market value minus its own contribution. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = DeMinimisAidMatches.Check.class)
  public @interface DeMinimisAidMatches {
    /** @return the message key, the rule id */
    String message() default "{WORK-DE-MINIMIS-AID}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<DeMinimisAidMatches, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        return p == null || Walk.measureAmounts(p, DeMinimisMeasureForm::getStatedAid, (wp, k, measure, m, entry) -> {
          BigDecimal contribution = contributionFor(measure, entry);
          if (contribution.compareTo(measure.getMarketValue()) > 0) {
            return true;
          }
          BigDecimal expected = measure.getMarketValue().subtract(contribution);
          if (entry.getAmount().compareTo(expected) == 0) {
            return true;
          }
          ConstraintViolationBuilder b = Report.of(context).with("measure", measure.getName())
              .with("size", sizeName(entry)).with("marketValue", Fi.euros(measure.getMarketValue()))
              .with("contribution", Fi.euros(contribution)).with("expected", Fi.euros(expected))
              .with("stated", Fi.euros(entry.getAmount())).violation();
          atMeasureAmount(b, wp, "statedAid", k, m);
          return false;
        });
      }
    }
  }

  /** {@code WORK-DE-MINIMIS-CONTRIBUTION}: no company's own contribution exceeds the measure's market value. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = DeMinimisContributionWithinValue.Check.class)
  public @interface DeMinimisContributionWithinValue {
    /** @return the message key, the rule id */
    String message() default "{WORK-DE-MINIMIS-CONTRIBUTION}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<DeMinimisContributionWithinValue, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        return p == null || Walk.measureAmounts(p, DeMinimisMeasureForm::getContributions, (wp, k, measure, m, c) -> {
          if (c.getAmount().compareTo(measure.getMarketValue()) <= 0) {
            return true;
          }
          ConstraintViolationBuilder b = Report.of(context).with("measure", measure.getName())
              .with("size", sizeName(c)).with("marketValue", Fi.euros(measure.getMarketValue()))
              .with("contribution", Fi.euros(c.getAmount())).violation();
          atMeasureAmount(b, wp, "contributions", k, m);
          return false;
        });
      }
    }
  }
}

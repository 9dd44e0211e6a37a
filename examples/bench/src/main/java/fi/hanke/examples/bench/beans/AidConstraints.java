package fi.hanke.examples.bench.beans;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The de minimis constraints (<i>valtiontuki</i>, sv. <i>statligt stöd</i>): Hanke's family {@code aid}, except
 * {@code AID-HEADROOM}, which needs a register of the aid already granted (see {@link ComparedRules}).
 */
public final class AidConstraints {
  private AidConstraints() {}

  /** The measure of the work package that a participant names, or null. */
  private static DeMinimisMeasureForm measureOf(WorkPackageForm wp, DeMinimisParticipantForm participant) {
    for (DeMinimisMeasureForm m : wp.getDeMinimisMeasures()) {
      if (m.getName().equals(participant.getMeasure())) {
        return m;
      }
    }
    return null;
  }

  private static void addAtParticipant(Report report, WorkPackageForm wp, int index) {
    WorkConstraints.atWorkPackage(report.violation(), wp.getCode(), "deMinimisParticipants")
        .addBeanNode().inIterable().atIndex(index).addConstraintViolation();
  }

  /** {@code AID-UNKNOWN-MEASURE}: a company planned to take part in a measure names one of its work package's. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = KnownDeMinimisMeasure.Check.class)
  public @interface KnownDeMinimisMeasure {
    /** @return the message key, the rule id */
    String message() default "{AID-UNKNOWN-MEASURE}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<KnownDeMinimisMeasure, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        return p == null || Walk.workPackageItems(p, WorkPackageForm::getDeMinimisParticipants, (wp, i, participant) -> {
          if (measureOf(wp, participant) != null) {
            return true;
          }
          addAtParticipant(Report.of(context).with("company", participant.getBusinessId())
              .with("measure", participant.getMeasure()).with("workPackage", wp.getCode())
              .with("measures", Reference.list(wp.getDeMinimisMeasures(), DeMinimisMeasureForm::getName)), wp, i);
          return false;
        });
      }
    }
  }

  /** {@code AID-REGULATION-IN-FORCE}: a planned grant is made under a regulation in force on its grant date. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = DeMinimisRegulationInForce.Check.class)
  public @interface DeMinimisRegulationInForce {
    /** @return the message key, the rule id */
    String message() default "{AID-REGULATION-IN-FORCE}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<DeMinimisRegulationInForce, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        return p == null || Walk.workPackageItems(p, WorkPackageForm::getDeMinimisParticipants, (wp, i, participant) -> {
          DeMinimisMeasureForm measure = measureOf(wp, participant);
          if (measure == null || Reference.DE_MINIMIS.inForce(measure.getRegulation(), participant.getGrantedOn())) {
            return true;
          }
          addAtParticipant(Report.of(context).with("company", participant.getBusinessId())
              .with("measure", measure.getName()).with("regulation", measure.getRegulation().reference())
              .with("date", Fi.date(participant.getGrantedOn())), wp, i);
          return false;
        });
      }
    }
  }
}

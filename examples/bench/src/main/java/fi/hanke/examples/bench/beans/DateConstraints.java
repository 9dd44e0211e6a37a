package fi.hanke.examples.bench.beans;

import fi.hanke.core.programme.Validity;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The date constraints (<i>päivämäärät</i>, sv. <i>datum</i>): Hanke's family {@code dates}. */
public final class DateConstraints {
  private DateConstraints() {}

  /**
   * Reports {@code later} at {@code field} if it is before {@code earlier}; true if not, or if either is missing.
   * The dates are the message parameters {@code earlierName} and {@code laterName}.
   */
  private static boolean inOrder(ConstraintValidatorContext context, String earlierName, LocalDate earlier,
      String laterName, LocalDate later, String field) {
    if (earlier == null || later == null || !later.isBefore(earlier)) {
      return true;
    }
    Report.of(context).with(earlierName, Fi.date(earlier)).with(laterName, Fi.date(later))
        .violation().addPropertyNode(field).addConstraintViolation();
    return false;
  }

  /** {@code DATE-END-BEFORE-START}: the project does not end before it starts. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = EndNotBeforeStart.Check.class)
  public @interface EndNotBeforeStart {
    /** @return the message key, the rule id */
    String message() default "{DATE-END-BEFORE-START}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<EndNotBeforeStart, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        return p == null || inOrder(context, "start", p.getStart(), "end", p.getEnd(), "end");
      }
    }
  }

  /** {@code DATE-RECEIVED-AFTER-START}: the application was received no later than the project starts. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = ReceivedNotAfterStart.Check.class)
  public @interface ReceivedNotAfterStart {
    /** @return the message key, the rule id */
    String message() default "{DATE-RECEIVED-AFTER-START}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<ReceivedNotAfterStart, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        return p == null || inOrder(context, "received", p.getReceived(), "start", p.getStart(), "received");
      }
    }
  }

  /** {@code DATE-OUTSIDE-ELIGIBILITY}: the project lies within the programme's eligibility period. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = WithinEligibility.Check.class)
  public @interface WithinEligibility {
    /** @return the message key, the rule id */
    String message() default "{DATE-OUTSIDE-ELIGIBILITY}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<WithinEligibility, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        Validity eligibility = Reference.PROFILE.eligibility();
        if (p == null || eligibility.start().isEmpty() || eligibility.end().isEmpty()) {
          return true;
        }
        LocalDate first = eligibility.start().get();
        LocalDate last = eligibility.end().get();
        boolean valid = true;
        if (p.getStart() != null && p.getStart().isBefore(first)) {
          valid = false;
          report(context, p.getStart(), first, last, "start");
        }
        if (p.getEnd() != null && p.getEnd().isAfter(last)) {
          valid = false;
          report(context, p.getEnd(), first, last, "end");
        }
        return valid;
      }

      private static void report(ConstraintValidatorContext context, LocalDate date, LocalDate first, LocalDate last,
          String field) {
        Report.of(context).with("date", Fi.date(date)).with("eligibilityStart", Fi.date(first))
            .with("eligibilityEnd", Fi.date(last)).violation().addPropertyNode(field).addConstraintViolation();
      }
    }
  }

  /** {@code DATE-WORK-PACKAGE-OUTSIDE-PROJECT}: every spell of a work package lies within the project's months. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = WorkPackagesWithinProject.Check.class)
  public @interface WorkPackagesWithinProject {
    /** @return the message key, the rule id */
    String message() default "{DATE-WORK-PACKAGE-OUTSIDE-PROJECT}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<WorkPackagesWithinProject, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        if (p == null || p.getStart() == null || p.getEnd() == null || p.getEnd().isBefore(p.getStart())) {
          return true;
        }
        YearMonth first = YearMonth.from(p.getStart());
        YearMonth last = YearMonth.from(p.getEnd());
        boolean valid = true;
        for (WorkPackageForm wp : p.getWorkPackages()) {
          List<MonthPeriodForm> periods = wp.getPeriods();
          for (int i = 0; i < periods.size(); i++) {
            MonthPeriodForm period = periods.get(i);
            if (period.getStart().isBefore(first) || period.getEnd().isAfter(last)) {
              valid = false;
              Report.of(context).with("workPackage", wp.getCode()).with("period", period.toString())
                  .with("start", Fi.date(p.getStart())).with("end", Fi.date(p.getEnd()))
                  .violation().addPropertyNode("workPackages")
                  .addPropertyNode("periods").inIterable().atKey(wp.getCode())
                  .addBeanNode().inIterable().atIndex(i)
                  .addConstraintViolation();
            }
          }
        }
        return valid;
      }
    }
  }

  /** {@code DATE-MEETING-BEFORE-RECEIVED}: no meeting handled the project before its application arrived. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = MeetingsNotBeforeReceived.Check.class)
  public @interface MeetingsNotBeforeReceived {
    /** @return the message key, the rule id */
    String message() default "{DATE-MEETING-BEFORE-RECEIVED}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<MeetingsNotBeforeReceived, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        if (p == null || p.getReceived() == null || p.getAssessment() == null) {
          return true;
        }
        boolean valid = true;
        List<MeetingForm> meetings = p.getAssessment().getMeetings();
        for (int i = 0; i < meetings.size(); i++) {
          MeetingForm m = meetings.get(i);
          if (m.getDate().isBefore(p.getReceived())) {
            valid = false;
            Report.of(context).with("body", m.getBody()).with("date", Fi.date(m.getDate()))
                .with("received", Fi.date(p.getReceived()))
                .violation().addPropertyNode("assessment").addPropertyNode("meetings")
                .addBeanNode().inIterable().atIndex(i)
                .addConstraintViolation();
          }
        }
        return valid;
      }
    }
  }

  /** {@code DATE-DECISION-BEFORE-MEETING}: the decision is not dated before the latest meeting. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = DecisionNotBeforeMeeting.Check.class)
  public @interface DecisionNotBeforeMeeting {
    /** @return the message key, the rule id */
    String message() default "{DATE-DECISION-BEFORE-MEETING}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<DecisionNotBeforeMeeting, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        if (p == null || p.getDecision() == null || p.getDecision().getDate() == null || p.getAssessment() == null) {
          return true;
        }
        MeetingForm latest = null;
        for (MeetingForm m : p.getAssessment().getMeetings()) {
          if (latest == null || m.getDate().isAfter(latest.getDate())) {
            latest = m;
          }
        }
        LocalDate decided = p.getDecision().getDate();
        if (latest == null || !decided.isBefore(latest.getDate())) {
          return true;
        }
        Report.of(context).with("decision", Fi.date(decided)).with("body", latest.getBody())
            .with("meeting", Fi.date(latest.getDate()))
            .violation().addPropertyNode("decision").addPropertyNode("date").addConstraintViolation();
        return false;
      }
    }
  }
}

package fi.hanke.examples.bench.beans;

import fi.hanke.core.programme.Fund;
import fi.hanke.core.programme.Priority;
import fi.hanke.core.programme.SpecificObjective;
import fi.hanke.core.region.Municipality;
import fi.hanke.core.region.Region;
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
import java.util.Optional;

/** The programme constraints (<i>ohjelma</i>, sv. <i>program</i>): Hanke's family {@code programme}. */
public final class ProgrammeConstraints {
  private ProgrammeConstraints() {}

  /** {@code PROGRAMME-OBJECTIVE-UNKNOWN}: the specific objective is one of the programme's. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = KnownObjective.Check.class)
  public @interface KnownObjective {
    /** @return the message key, the rule id */
    String message() default "{PROGRAMME-OBJECTIVE-UNKNOWN}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<KnownObjective, PlacementForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(PlacementForm p, ConstraintValidatorContext context) {
        if (p == null || p.getSpecificObjective() == null
            || Reference.PROFILE.specificObjective(p.getSpecificObjective()).isPresent()) {
          return true;
        }
        Report.of(context).with("objective", p.getSpecificObjective())
            .violation().addPropertyNode("specificObjective").addConstraintViolation();
        return false;
      }
    }
  }

  /** {@code PROGRAMME-OBJECTIVE-PRIORITY}: the specific objective belongs to the placement's priority. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = ObjectiveOfPriority.Check.class)
  public @interface ObjectiveOfPriority {
    /** @return the message key, the rule id */
    String message() default "{PROGRAMME-OBJECTIVE-PRIORITY}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<ObjectiveOfPriority, PlacementForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(PlacementForm p, ConstraintValidatorContext context) {
        if (p == null || p.getSpecificObjective() == null || p.getPriority() == null) {
          return true;
        }
        Optional<SpecificObjective> objective = Reference.PROFILE.specificObjective(p.getSpecificObjective());
        if (objective.isEmpty() || objective.get().priority() == p.getPriority()) {
          return true;
        }
        Report.of(context).with("objective", p.getSpecificObjective()).with("priority", Fi.count(p.getPriority()))
            .with("expectedPriority", Fi.count(objective.get().priority()))
            .violation().addPropertyNode("specificObjective").addConstraintViolation();
        return false;
      }
    }
  }

  /** {@code PROGRAMME-FUND-PRIORITY}: the fund is one of the funds of the priority. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = FundOfPriority.Check.class)
  public @interface FundOfPriority {
    /** @return the message key, the rule id */
    String message() default "{PROGRAMME-FUND-PRIORITY}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<FundOfPriority, PlacementForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(PlacementForm p, ConstraintValidatorContext context) {
        if (p == null || p.getFund() == null || p.getPriority() == null) {
          return true;
        }
        Optional<Priority> priority = Reference.PROFILE.priority(p.getPriority());
        if (priority.isEmpty() || priority.get().funds().contains(p.getFund())) {
          return true;
        }
        Report.of(context).with("fund", p.getFund().displayName(FormValidation.FINNISH)).with("priority", Fi.count(p.getPriority()))
            .with("funds", Reference.list(priority.get().funds(), f -> f.displayName(FormValidation.FINNISH)))
            .violation().addPropertyNode("fund").addConstraintViolation();
        return false;
      }
    }
  }

  /**
   * {@code PROGRAMME-MUNICIPALITY-REGION}: every municipality lies, on the project's date, in one of its regions
   * (municipalities change region: Heinävesi moved to Pohjois-Karjala on 1.1.2021).
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = MunicipalitiesInRegions.Check.class)
  public @interface MunicipalitiesInRegions {
    /** @return the message key, the rule id */
    String message() default "{PROGRAMME-MUNICIPALITY-REGION}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<MunicipalitiesInRegions, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        if (p == null || p.getRegions().isEmpty() || p.getMunicipalities().isEmpty()) {
          return true;
        }
        LocalDate date = Reference.dateOf(p);
        return Walk.items(p.getMunicipalities(), (i, code) -> {
          Optional<Municipality> m = Reference.REGIONS.findMunicipality(code);
          Optional<Region> region = m.flatMap(x -> x.regionOn(date));
          if (region.isEmpty() || p.getRegions().contains(region.get().code())) {
            return true;
          }
          Report.of(context).with("municipality", m.get().nameFi()).with("region", region.get().nameFi())
              .with("date", Fi.date(date))
              .with("regions", Reference.list(p.getRegions(), r -> Reference.REGIONS.region(r).nameFi()))
              .violation().addPropertyNode("municipalities").addBeanNode().inIterable().atIndex(i)
              .addConstraintViolation();
          return false;
        });
      }
    }
  }

  /** {@code PROGRAMME-REGION-OUTSIDE}: every region is in mainland Finland, the programme's area. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = RegionsInProgramme.Check.class)
  public @interface RegionsInProgramme {
    /** @return the message key, the rule id */
    String message() default "{PROGRAMME-REGION-OUTSIDE}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<RegionsInProgramme, ProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(ProjectForm p, ConstraintValidatorContext context) {
        if (p == null) {
          return true;
        }
        return Walk.items(p.getRegions(), (i, code) -> {
          Optional<Region> region = Reference.REGIONS.findRegion(code);
          if (region.isEmpty() || region.get().isMainland()) {
            return true;
          }
          Report.of(context).with("region", region.get().nameFi())
              .violation().addPropertyNode("regions").addBeanNode().inIterable().atIndex(i).addConstraintViolation();
          return false;
        });
      }
    }
  }
}

package fi.hanke.examples.bench.beans;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.StaffCostModel;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.project.MemberRole;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The group constraints (<i>ryhmähanke</i>, sv. <i>gruppprojekt</i>): Hanke's family {@code group}. */
public final class GroupConstraints {
  private GroupConstraints() {}

  /**
   * Compares the members' amounts of each key (cost category, funding source) with the group's: equal when every
   * member gives its own budget, not above it when only some do; a difference inside the tolerance is INFO.
   */
  private static <B, K extends Enum<K>> boolean membersAddUp(ConstraintValidatorContext context, GroupProjectForm g,
      B group, Function<MemberForm, B> budget, Set<K> keys, String keyName, Function<K, String> label,
      BiFunction<B, K, BigDecimal> amount, String field) {
    List<B> own = new ArrayList<>();
    for (MemberForm m : g.getMembers()) {
      B b = budget.apply(m);
      if (b != null) {
        own.add(b);
      }
    }
    if (own.isEmpty()) {
      return true;
    }
    boolean complete = own.size() == g.getMembers().size();
    boolean valid = true;
    for (K key : keys) {
      BigDecimal members = BigDecimal.ZERO;
      for (B b : own) {
        members = members.add(amount.apply(b, key));
      }
      BigDecimal total = amount.apply(group, key);
      BigDecimal difference = members.subtract(total);
      if (difference.signum() == 0 || !complete && difference.signum() < 0) {
        continue;
      }
      valid = false;
      Report.of(context).with(keyName, label.apply(key)).with("membersTotal", Fi.euros(members))
          .with("groupTotal", Fi.euros(total)).with("difference", Fi.decimal(difference))
          .difference(difference).addPropertyNode("plan").addPropertyNode(field).addPropertyNode(key.name())
          .addConstraintViolation();
    }
    return valid;
  }

  /** {@code GROUP-MAIN-IMPLEMENTER}: exactly one member is the main implementer. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = OneMainImplementer.Check.class)
  public @interface OneMainImplementer {
    /** @return the message key, the rule id */
    String message() default "{GROUP-MAIN-IMPLEMENTER}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<OneMainImplementer, GroupProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(GroupProjectForm g, ConstraintValidatorContext context) {
        if (g == null) {
          return true;
        }
        long count = 0;
        for (MemberForm m : g.getMembers()) {
          if (m.getRole() == MemberRole.MAIN_IMPLEMENTER) {
            count++;
          }
        }
        if (count == 1) {
          return true;
        }
        Report.of(context).with("count", Fi.count(count)).violation().addPropertyNode("members").addConstraintViolation();
        return false;
      }
    }
  }

  /** {@code GROUP-DUPLICATE-MEMBER}: no two members share a key. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = UniqueMemberKeys.Check.class)
  public @interface UniqueMemberKeys {
    /** @return the message key, the rule id */
    String message() default "{GROUP-DUPLICATE-MEMBER}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<UniqueMemberKeys, GroupProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(GroupProjectForm g, ConstraintValidatorContext context) {
        if (g == null) {
          return true;
        }
        Set<String> seen = new HashSet<>();
        boolean valid = true;
        List<MemberForm> members = g.getMembers();
        for (int i = 0; i < members.size(); i++) {
          String key = members.get(i).getKey();
          if (!seen.add(key)) {
            valid = false;
            Report.of(context).with("key", key).violation().addPropertyNode("members")
                .addPropertyNode("key").inIterable().atIndex(i).addConstraintViolation();
          }
        }
        return valid;
      }
    }
  }

  /** {@code GROUP-MEMBER-COSTS}: per cost category, the members' own estimates add up to the group's. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = MemberCostsAddUp.Check.class)
  public @interface MemberCostsAddUp {
    /** @return the message key, the rule id */
    String message() default "{GROUP-MEMBER-COSTS}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<MemberCostsAddUp, GroupProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(GroupProjectForm g, ConstraintValidatorContext context) {
        if (g == null || g.getPlan() == null || g.getPlan().getCostEstimate() == null) {
          return true;
        }
        CostEstimateForm group = g.getPlan().getCostEstimate();
        Set<CostCategory> categories = EnumSet.noneOf(CostCategory.class);
        group.getLines().forEach(l -> categories.add(l.getCategory()));
        for (MemberForm m : g.getMembers()) {
          if (m.getCostEstimate() != null) {
            m.getCostEstimate().getLines().forEach(l -> categories.add(l.getCategory()));
          }
        }
        return membersAddUp(context, g, group, ProjectForm::getCostEstimate, categories, "category",
            c -> c.displayName(FormValidation.FINNISH), CostEstimateForm::applied, "costEstimate");
      }
    }
  }

  /** {@code GROUP-MEMBER-FUNDING}: per funding source, the members' own plans add up to the group's. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = MemberFundingAddsUp.Check.class)
  public @interface MemberFundingAddsUp {
    /** @return the message key, the rule id */
    String message() default "{GROUP-MEMBER-FUNDING}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<MemberFundingAddsUp, GroupProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(GroupProjectForm g, ConstraintValidatorContext context) {
        if (g == null || g.getPlan() == null || g.getPlan().getFundingPlan() == null) {
          return true;
        }
        FundingPlanForm group = g.getPlan().getFundingPlan();
        Set<FundingSource> sources = EnumSet.noneOf(FundingSource.class);
        group.getLines().forEach(l -> sources.add(l.getSource()));
        for (MemberForm m : g.getMembers()) {
          if (m.getFundingPlan() != null) {
            m.getFundingPlan().getLines().forEach(l -> sources.add(l.getSource()));
          }
        }
        return membersAddUp(context, g, group, ProjectForm::getFundingPlan, sources, "source",
            s -> s.displayName(FormValidation.FINNISH), FundingPlanForm::applied, "fundingPlan");
      }
    }
  }

  /**
   * {@code GROUP-WORK-PACKAGE-MEMBER}: the members a work package of the joint plan names (responsible, cost
   * bearer, fee collector) are members of the group.
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = WorkPackageMembersInGroup.Check.class)
  public @interface WorkPackageMembersInGroup {
    /** @return the message key, the rule id */
    String message() default "{GROUP-WORK-PACKAGE-MEMBER}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<WorkPackageMembersInGroup, GroupProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(GroupProjectForm g, ConstraintValidatorContext context) {
        if (g == null || g.getPlan() == null) {
          return true;
        }
        Set<String> keys = new HashSet<>();
        for (MemberForm m : g.getMembers()) {
          keys.add(m.getKey());
        }
        boolean valid = true;
        for (WorkPackageForm wp : g.getPlan().getWorkPackages()) {
          List<String> responsible = wp.getResponsibleMembers();
          for (int i = 0; i < responsible.size(); i++) {
            if (!keys.contains(responsible.get(i))) {
              valid = false;
              report(context, wp, responsible.get(i)).addPropertyNode("responsibleMembers").inIterable().atKey(wp.getCode())
                  .addBeanNode().inIterable().atIndex(i).addConstraintViolation();
            }
          }
          if (wp.getCostBearer() != null && !keys.contains(wp.getCostBearer())) {
            valid = false;
            report(context, wp, wp.getCostBearer()).addPropertyNode("costBearer").inIterable().atKey(wp.getCode())
                .addConstraintViolation();
          }
          List<ParticipationFeeForm> fees = wp.getParticipationFees();
          for (int i = 0; i < fees.size(); i++) {
            String collector = fees.get(i).getCollectedBy();
            if (collector != null && !keys.contains(collector)) {
              valid = false;
              report(context, wp, collector).addPropertyNode("participationFees").inIterable().atKey(wp.getCode())
                  .addPropertyNode("collectedBy").inIterable().atIndex(i).addConstraintViolation();
            }
          }
        }
        return valid;
      }

      private static ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext report(
          ConstraintValidatorContext context, WorkPackageForm wp, String member) {
        return Report.of(context).with("workPackage", wp.getCode()).with("member", member)
            .violation().addPropertyNode("plan").addPropertyNode("workPackages");
      }
    }
  }

  /** {@code GROUP-STAFF-COST-MODEL}: the members declare the same staff-cost model (recommended: INFO). */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = SameStaffCostModel.Check.class)
  public @interface SameStaffCostModel {
    /** @return the message key, the rule id */
    String message() default "{GROUP-STAFF-COST-MODEL}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<SameStaffCostModel, GroupProjectForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(GroupProjectForm g, ConstraintValidatorContext context) {
        if (g == null) {
          return true;
        }
        Set<StaffCostModel> models = new LinkedHashSet<>();
        for (MemberForm m : g.getMembers()) {
          if (m.getCostModel() != null && m.getCostModel().getStaffCostModel() != null) {
            models.add(m.getCostModel().getStaffCostModel());
          }
        }
        if (models.size() <= 1) {
          return true;
        }
        Report.of(context).with("models", Reference.list(models, m -> m.displayName(FormValidation.FINNISH)))
            .violation().addPropertyNode("members").addConstraintViolation();
        return false;
      }
    }
  }
}

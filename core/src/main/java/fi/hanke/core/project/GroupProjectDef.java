package fi.hanke.core.project;

import fi.hanke.core.Coverage;
import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.internal.money.Total;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A group project (<i>ryhmähanke</i>, sv. <i>gruppprojekt</i>): beneficiaries implementing one joint plan,
 * each on its own application and decision (757/2021 §4(15), §41). It holds the group id (e.g. R-01136),
 * the shared plan as a {@link Project} (name, dates, placement, regions, work packages, targets, and the
 * totals the document declares for the whole group), and the members, each with its own project where the
 * document gives it.
 *
 * <p>The members' cost lines (and funding lines) are added by category (by source) to compare with the plan:
 * a group whose members' applied amounts add up, in absolute value, beyond the range of an amount
 * (±92 233 720 368 547,75 €) is refused at construction with an {@link IllegalArgumentException} that names
 * the field and the sum.
 *
 * <pre>{@code
 * GroupProject group = GroupProject.builder()
 *     .groupId("R-01136")
 *     .plan(Project.builder().name("Hallitustyöstä lisää asiakasarvoa").build())
 *     .addMember(GroupMember.builder().key("PKKK")
 *         .organisation(Organisation.builder().name("Pohjois-Karjalan kauppakamari ry")
 *             .kind(OrganisationKind.ASSOCIATION).build())
 *         .role(MemberRole.MAIN_IMPLEMENTER).build())
 *     .build();
 * }</pre>
 */
@HankeStyle
@Value.Immutable
abstract class GroupProjectDef {
  /** @return the group id ("Ryhmähanketunnus"), e.g. "R-01136" */
  public abstract Optional<String> groupId();

  /** @return the shared plan and the totals declared for the whole group */
  public abstract Project plan();

  /** @return the members, main implementer and co-implementers, in document order */
  public abstract List<GroupMember> members();

  /**
   * @return whether the document names every member ({@link Coverage#COMPLETE}, the default) or only some
   *     ({@link Coverage#PARTIAL}: a city's decision on its own part of a group project)
   */
  @Value.Default
  public Coverage memberCoverage() {
    return Coverage.COMPLETE;
  }

  /** @return the application numbers the document lists for the group */
  public abstract List<String> applicationNumbers();

  /** @return the first member whose role is main implementer, if any */
  public Optional<GroupMember> mainImplementer() {
    return members().stream().filter(m -> m.role() == MemberRole.MAIN_IMPLEMENTER).findFirst();
  }

  /**
   * @param key a member key
   * @return the member with that key, or empty
   */
  public Optional<GroupMember> member(String key) {
    return members().stream().filter(m -> m.key().equals(key)).findFirst();
  }

  @Value.Check
  void check() {
    groupId().ifPresent(g -> NotBlank.check(g, "groupId"));
    // the rules add the members' amounts of a category or a source; every such sum must be an amount
    Total costs = Total.zero();
    Total funding = Total.zero();
    for (GroupMember m : members()) {
      if (m.project().isPresent()) {
        m.project().get().costEstimate().ifPresent(e ->
            costs.add(Total.absoluteSum(e.lines(), l -> Optional.of(l.applied()))));
        m.project().get().fundingPlan().ifPresent(p ->
            funding.add(Total.absoluteSum(p.lines(), l -> Optional.of(l.applied()))));
      }
    }
    costs.requireFits("members[].project.costEstimate.lines[].applied");
    funding.requireFits("members[].project.fundingPlan.lines[].applied");
  }
}

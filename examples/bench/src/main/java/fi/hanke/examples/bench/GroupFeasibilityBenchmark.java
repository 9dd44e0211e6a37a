package fi.hanke.examples.bench;

import fi.hanke.core.programme.Programmes;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.MemberRole;
import fi.hanke.examples.seeds.Seeds;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleCatalogue;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import fi.hanke.validation.group.FlatRateSplit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of a group's flat-rate feasibility (<i>ryhmähankkeen flat rate -jaon tarkistus</i>, sv.
 * <i>kontroll av gruppprojektets schablonfördelning</i>) when the members' cost models are unknown: seed 002's
 * group (DigiFocus: staff costs and a 40 % flat-rate line over a mixed budget, members without their own
 * budgets) with {@code members} members, its four copied over with new keys and business ids as needed. Per
 * group: the whole validation, and GROUP-FLAT-RATE-SPLIT alone (every other rule switched off). The split is a
 * closed formula over the group's totals (see {@link FlatRateSplit}), so its time must not grow with the number of
 * ways to assign members to 40 % and 7 %, 2<sup>members</sup>.
 *
 * <p>Run with {@code examples/bench/run.sh GroupFeasibilityBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GroupFeasibilityBenchmark {
  /** Members of the group, their cost models unknown. */
  @Param({"2", "5", "10", "20"})
  public int members;

  private Validator all;
  private Validator splitOnly;
  private GroupProject group;

  /** Creates the benchmark state (JMH calls it). */
  public GroupFeasibilityBenchmark() {}

  /** Builds the group and the two validators. */
  @Setup
  public void setUp() {
    group = group(members);
    all = Validator.of(Programmes.finland2021to2027());
    List<String> others = new ArrayList<>();
    for (Rule r : RuleCatalogue.standard()) {
      if (!r.id().equals(FlatRateSplit.ID)) {
        others.add(r.id());
      }
    }
    splitOnly = Validator.builder().profile(Programmes.finland2021to2027()).disable(others.toArray(new String[0])).build();
  }

  /**
   * @param n the number of members, at least 1
   * @return seed 002's group with {@code n} members, none with its own cost model
   */
  public static GroupProject group(int n) {
    GroupProject seed = Seeds.digiFocus();
    GroupProject.Builder out = GroupProject.builder().from(seed).members(List.of());
    for (int i = 0; i < n; i++) {
      GroupMember m = seed.members().get(i % seed.members().size());
      if (i >= seed.members().size()) {
        m = m.withKey(m.key() + " " + i).withRole(MemberRole.CO_IMPLEMENTER).withApplicationNumber("EU" + (200000 + i))
            .withOrganisation(m.organisation().withName(m.organisation().name() + " " + i)
                .withBusinessId(LargeProjects.company(i)));
      }
      out.addMember(m.project().isPresent() ? m.withProject(java.util.Optional.empty()) : m);
    }
    return out.build();
  }

  /** @return the whole validation of the group */
  @Benchmark
  public ValidationReport wholeValidation() {
    return all.validate(group);
  }

  /** @return GROUP-FLAT-RATE-SPLIT alone on the group */
  @Benchmark
  public ValidationReport splitRuleAlone() {
    return splitOnly.validate(group);
  }
}

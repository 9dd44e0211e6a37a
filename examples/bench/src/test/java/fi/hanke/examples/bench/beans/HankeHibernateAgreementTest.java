package fi.hanke.examples.bench.beans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.examples.bench.HibernateComparisonBenchmark;
import fi.hanke.examples.seeds.Seed;
import fi.hanke.examples.seeds.Seeds;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.ValidProjects;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hanke (restricted to the rules of {@link ComparedRules}) and the Bean Validation constraints evaluated by
 * Hibernate Validator report the same findings on the same inputs: the same rule, severity (differences inside the
 * tolerance as INFO on both sides), path and Finnish message, on generated valid projects and groups, on each of
 * their mutations by {@link RuleBreakers} (among them those of {@code Mutations}), and on the five seeds. The
 * sample is not trivially empty: every rule of the set fires in it.
 */
class HankeHibernateAgreementTest {
  private static final Locale FINNISH = new Locale("fi");
  private static final long SEED = 20_251_122L;
  /** Generated single projects; each is checked as it is and under every edit of {@link RuleBreakers#projects()}. */
  private static final int PROJECTS = 30;
  /** Generated groups; each is checked as it is and under every edit of {@link RuleBreakers#groups()}. */
  private static final int GROUPS = 4;

  private static Validator hanke;
  private static ValidatorFactory factory;
  private static jakarta.validation.Validator hibernate;

  @BeforeAll
  static void buildValidators() {
    hanke = HibernateComparisonBenchmark.comparedRulesValidator();
    factory = FormValidation.factory();
    hibernate = factory.getValidator();
  }

  @AfterAll
  static void closeFactory() {
    factory.close();
  }

  /** Asserts that both sides find the same, and returns the findings (rule, severity, path, message). */
  private static List<String> agree(String what, ValidationReport report, Object form) {
    List<String> expected = new ArrayList<>();
    for (Violation v : report.violations()) {
      if (!ComparedRules.CHANGED.containsKey(v.ruleId())) {
        expected.add(v.ruleId() + " " + v.severity() + " @" + v.path() + ": " + v.message(FINNISH));
      }
    }
    List<String> actual = new ArrayList<>();
    for (Finding f : Finding.of(hibernate.validate(form))) {
      if (!ComparedRules.CHANGED.containsKey(f.ruleId())) {
        actual.add(f.ruleId() + " " + f.severity() + " @" + f.path() + ": " + f.message());
      }
    }
    Collections.sort(expected);
    Collections.sort(actual);
    assertEquals(expected, actual, () -> what + ": Hanke's findings, then Hibernate Validator's");
    return expected;
  }

  private static Set<String> rules(List<String> findings) {
    return findings.stream().map(f -> f.substring(0, f.indexOf(' '))).collect(Collectors.toSet());
  }

  @Test
  void generatedProjectsValidAndBrokenGetTheSameFindingsFromHankeAndHibernate() {
    Map<String, UnaryOperator<Project>> edits = RuleBreakers.projects();
    Set<String> fired = new TreeSet<>();
    List<String> severities = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(PROJECTS).withShrinkCycles(0).forAll(ValidProjects.projects()).checkAssert(p -> {
      for (Map.Entry<String, UnaryOperator<Project>> edit : edits.entrySet()) {
        Project q = edit.getValue().apply(p);
        List<String> found = agree(edit.getKey(), hanke.validate(q), Forms.from(q));
        fired.addAll(rules(found));
        found.forEach(f -> severities.add(f.split(" ")[1]));
      }
    });
    Set<String> expected = ComparedRules.IDS.stream().filter(id -> !id.startsWith("GROUP-"))
        .filter(id -> !ComparedRules.CHANGED.containsKey(id)).collect(Collectors.toSet());
    assertTrue(fired.containsAll(expected), () -> "rules that never fired: " + without(expected, fired));
    assertTrue(severities.containsAll(List.of("ERROR", "WARNING", "INFO")),
        () -> "severities seen: " + Set.copyOf(severities));
  }

  @Test
  void generatedGroupsValidAndBrokenGetTheSameFindingsFromHankeAndHibernate() {
    Map<String, UnaryOperator<GroupProject>> edits = RuleBreakers.groups();
    Set<String> fired = new TreeSet<>();
    qt().withFixedSeed(SEED).withExamples(GROUPS).withShrinkCycles(0).forAll(ValidProjects.groups()).checkAssert(g -> {
      for (Map.Entry<String, UnaryOperator<GroupProject>> edit : edits.entrySet()) {
        GroupProject h = edit.getValue().apply(g);
        fired.addAll(rules(agree(edit.getKey(), hanke.validate(h), Forms.from(h))));
      }
    });
    Set<String> compared = without(ComparedRules.IDS, ComparedRules.CHANGED.keySet());
    assertTrue(fired.containsAll(compared), () -> "rules that never fired: " + without(compared, fired));
  }

  /**
   * The seeds that are complete plans. Seed 004 is a partial document (Kemi's part of a group, its tables PARTIAL):
   * Hanke lists the rules it cannot check there, while the Bean Validation copy, written before documents could
   * be partial, reads every table as complete and reports the unknown rest as a hole (FUNDING-MATCHES-COST
   * 221 284 € off): exactly the false ERROR that Hanke's coverage exists to avoid. See
   * {@link #onThePartialSeedBeanValidationReportsAFalseHoleThatHankeLeavesUnchecked()}.
   */
  private static List<Seed> completeSeeds() {
    return Seeds.all().stream().filter(s -> !s.fileName().startsWith("004_")).toList();
  }

  @Test
  void onThePartialSeedBeanValidationReportsAFalseHoleThatHankeLeavesUnchecked() {
    GroupProject kemi = Seeds.kestavanKasvunVoimallaParempaaBisnesta();
    assertTrue(hanke.validate(kemi).violations(fi.hanke.validation.Severity.ERROR).isEmpty());
    assertTrue(hanke.validate(kemi).coverage().notCheckable().stream()
        .anyMatch(u -> u.ruleId().equals("FUNDING-MATCHES-COST") && u.path().toString().equals("members[1]")));
    assertTrue(Finding.of(hibernate.validate(Forms.from(kemi))).stream()
        .anyMatch(f -> f.ruleId().equals("FUNDING-MATCHES-COST")), "the complete-plan reading finds a hole");
  }

  @Test
  void theSeedsGetTheSameFindingsFromHankeAndHibernate() {
    int findings = 0;
    for (Seed seed : completeSeeds()) {
      findings += seed.project().isPresent()
          ? agree(seed.toString(), hanke.validate(seed.project().get()), Forms.from(seed.project().get())).size()
          : agree(seed.toString(), hanke.validate(seed.group().get()), Forms.from(seed.group().get())).size();
    }
    // of the rules compared: seed 003's FUNDING-LINES-SUM in both columns
    assertTrue(findings >= 2, "the seeds' known problems are findings: " + findings);
  }

  private static Set<String> without(java.util.Collection<String> all, Set<String> some) {
    Set<String> rest = new TreeSet<>(all);
    rest.removeAll(some);
    return rest;
  }
}

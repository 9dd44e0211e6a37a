package fi.hanke.examples.bench;

import com.fasterxml.jackson.databind.ObjectReader;
import fi.hanke.core.json.HankeJson;
import fi.hanke.core.programme.ProgrammeProfile;
import fi.hanke.core.programme.Programmes;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.examples.bench.beans.ComparedRules;
import fi.hanke.examples.bench.beans.FormJson;
import fi.hanke.examples.bench.beans.FormValidation;
import fi.hanke.examples.bench.beans.Forms;
import fi.hanke.examples.bench.beans.GroupProjectForm;
import fi.hanke.examples.bench.beans.ProjectForm;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleCatalogue;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmark of Hanke against the way a Java team would do the same checks without it (<i>vertailu Hibernate
 * Validatoriin</i>, sv. <i>jämförelse med Hibernate Validator</i>): Jakarta Bean Validation constraints on plain
 * forms ({@link fi.hanke.examples.bench.beans}), evaluated by Hibernate Validator, on the same project.
 *
 * <p>Same work on both sides: the same rules ({@link ComparedRules#IDS}; the Hanke validator of
 * {@code hankeSingle} and {@code hankeGroup} has every other rule switched off, {@link #comparedRulesValidator()}),
 * the same findings on the same inputs (asserted by {@code HankeHibernateAgreementTest}), and the same output: for
 * every finding, its path and its Finnish message as text. Hibernate Validator interpolates each message while it
 * validates, so the Hanke benchmarks render each finding's message too. The forms are converted from the Hanke
 * values once, outside the measurement; both validators are built once. {@code hankeSingleAllRules} and
 * {@code hankeGroupAllRules} run all 42 rules.
 *
 * <p>The {@code …ReadAndValidate…} benchmarks start from JSON text, as a portal or a batch job does: Hanke reads
 * the hanke/1 text with {@link HankeJson#readProject(String)} (or {@code readGroupProject}); the other side reads
 * the forms' JSON with Jackson databind ({@link FormJson}, an {@code ObjectReader} made once), the text written
 * once in setup by databind from the same forms. Both texts hold the same information, so both sides read the same
 * and then validate the same.
 *
 * <p>Inputs: {@link TypicalProjects#single()} (40 % flat rate, four work packages) and
 * {@link TypicalProjects#group()} (four members with budgets, seven work packages, targets with breakdowns, de
 * minimis measures), the same as {@code ValidationBenchmark}'s. Run with {@code examples/bench/run.sh
 * HibernateComparison}. (Hibernate Validator logs its version once, to standard error, when the factory is
 * built.)
 *
 * <p>Measured figures are in {@code examples/bench/PERFORMANCE.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HibernateComparisonBenchmark {
  private static final Locale FINNISH = new Locale("fi");

  private Validator hanke;
  private Validator hankeAllRules;
  private ValidatorFactory factory;
  private jakarta.validation.Validator hibernate;
  private Project single;
  private GroupProject group;
  private ProjectForm singleForm;
  private GroupProjectForm groupForm;
  private HankeJson json;
  private String singleText;
  private String groupText;
  private ObjectReader singleFormReader;
  private ObjectReader groupFormReader;
  private String singleFormText;
  private String groupFormText;

  /** Creates the benchmark state (JMH calls it). */
  public HibernateComparisonBenchmark() {}

  /**
   * A Hanke validator with exactly the rules of {@link ComparedRules#IDS}: every other standard rule switched off.
   *
   * @return the validator
   */
  public static Validator comparedRulesValidator() {
    ProgrammeProfile profile = Programmes.finland2021to2027();
    List<String> outside = new ArrayList<>();
    for (Rule r : RuleCatalogue.standard()) {
      if (!ComparedRules.IDS.contains(r.id())) {
        outside.add(r.id());
      }
    }
    return Validator.builder().profile(profile).disable(outside.toArray(new String[0])).build();
  }

  /** The single project validated: the typical one of the validation benchmark. */
  private static Project singleProject() {
    return TypicalProjects.single();
  }

  /** The group project validated: the typical one of the validation benchmark (members with budgets). */
  private static GroupProject groupProject() {
    return TypicalProjects.group();
  }

  /** Builds both validators and the inputs, Hanke values and their forms. */
  @Setup(Level.Trial)
  public void setUp() {
    hanke = comparedRulesValidator();
    hankeAllRules = Validator.of(Programmes.finland2021to2027());
    factory = FormValidation.factory();
    hibernate = factory.getValidator();
    single = singleProject();
    group = groupProject();
    singleForm = Forms.from(single);
    groupForm = Forms.from(group);
    json = HankeJson.standard();
    singleText = json.write(single);
    groupText = json.write(group);
    singleFormReader = FormJson.mapper().readerFor(ProjectForm.class);
    groupFormReader = FormJson.mapper().readerFor(GroupProjectForm.class);
    singleFormText = FormJson.write(singleForm);
    groupFormText = FormJson.write(groupForm);
  }

  /** Closes the validator factory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    factory.close();
  }

  /** @param out where each finding's path and Finnish message go */
  @Benchmark
  public void hankeSingle(Blackhole out) {
    consume(hanke.validate(single), out);
  }

  /** @param out where each finding's path and Finnish message go */
  @Benchmark
  public void hankeSingleAllRules(Blackhole out) {
    consume(hankeAllRules.validate(single), out);
  }

  /** @param out where each finding's path and Finnish message go */
  @Benchmark
  public void hibernateSingle(Blackhole out) {
    consume(hibernate.validate(singleForm), out);
  }

  /** @param out where each finding's path and Finnish message go */
  @Benchmark
  public void hankeGroup(Blackhole out) {
    consume(hanke.validate(group), out);
  }

  /** @param out where each finding's path and Finnish message go */
  @Benchmark
  public void hankeGroupAllRules(Blackhole out) {
    consume(hankeAllRules.validate(group), out);
  }

  /** @param out where each finding's path and Finnish message go */
  @Benchmark
  public void hibernateGroup(Blackhole out) {
    consume(hibernate.validate(groupForm), out);
  }

  /** @param out where each finding's path and Finnish message go */
  @Benchmark
  public void hankeReadAndValidateSingle(Blackhole out) {
    consume(hanke.validate(json.readProject(singleText)), out);
  }

  /**
   * @param out where each finding's path and Finnish message go
   * @throws IOException never: the text is the form's own
   */
  @Benchmark
  public void hibernateReadAndValidateSingle(Blackhole out) throws IOException {
    ProjectForm form = singleFormReader.readValue(singleFormText);
    consume(hibernate.validate(form), out);
  }

  /** @param out where each finding's path and Finnish message go */
  @Benchmark
  public void hankeReadAndValidateGroup(Blackhole out) {
    consume(hanke.validate(json.readGroupProject(groupText)), out);
  }

  /**
   * @param out where each finding's path and Finnish message go
   * @throws IOException never: the text is the form's own
   */
  @Benchmark
  public void hibernateReadAndValidateGroup(Blackhole out) throws IOException {
    GroupProjectForm form = groupFormReader.readValue(groupFormText);
    consume(hibernate.validate(form), out);
  }

  static void consume(ValidationReport report, Blackhole out) {
    for (Violation v : report.violations()) {
      out.consume(v.path().toString());
      out.consume(v.message(FINNISH));
    }
  }

  static <T> void consume(Set<ConstraintViolation<T>> violations, Blackhole out) {
    for (ConstraintViolation<T> v : violations) {
      out.consume(v.getPropertyPath().toString());
      out.consume(v.getMessage());
    }
  }
}

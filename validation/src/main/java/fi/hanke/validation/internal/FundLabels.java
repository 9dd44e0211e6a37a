package fi.hanke.validation.internal;

import fi.hanke.core.cost.CostLine;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.programme.Fund;
import fi.hanke.core.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The funds a document names in its own labels (<i>otsikoissa nimetyt rahastot</i>): "Haettu EAKR- ja valtion
 * rahoitus" names the EAKR. Only the funds' abbreviations as whole words count (EAKR, ERDF, ERUF; ESR, ESR+, ESF,
 * ESF+; JTF), so a label is never guessed at.
 */
public final class FundLabels {
  private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}])(EAKR|ERDF|ERUF|ESR\\+?|ESF\\+?|JTF)(?![\\p{L}\\p{N}])");

  private FundLabels() {}

  /**
   * A fund named in a label.
   *
   * @param field where the label is: "fundingPlan" or "costEstimate"
   * @param line the line's source or category name
   * @param label the label as printed
   * @param fund the fund it names
   */
  public record Named(String field, String line, String label, Fund fund) {}

  /**
   * @param project a project
   * @return every fund named in a label of its funding plan or cost estimate, in document order
   */
  public static List<Named> in(Project project) {
    List<Named> out = new ArrayList<>();
    eachLabel(project, (field, line, label) -> {
      funds(label).forEach(f -> out.add(new Named(field, line, label, f)));
      return false;
    });
    return out;
  }

  /**
   * @param project a project
   * @return true if a label of its funding plan or cost estimate names a fund: {@code !in(project).isEmpty()},
   *     without making the list
   */
  public static boolean any(Project project) {
    return eachLabel(project, (field, line, label) -> NAME.matcher(label).find());
  }

  /** Looks at a label; true to stop. */
  private interface LabelVisitor {
    boolean visit(String field, String line, String label);
  }

  /**
   * Hands each label of the project's funding plan and cost estimate, in document order, to {@code visitor}, with
   * where it stands ("fundingPlan" and the line's source, or "costEstimate" and its category).
   *
   * @return true if the visitor stopped
   */
  private static boolean eachLabel(Project project, LabelVisitor visitor) {
    if (project.fundingPlan().isPresent()) {
      for (FundingLine l : project.fundingPlan().get().lines()) {
        if (l.label().isPresent() && visitor.visit("fundingPlan", l.source().name(), l.label().get())) {
          return true;
        }
      }
    }
    if (project.costEstimate().isPresent()) {
      for (CostLine l : project.costEstimate().get().lines()) {
        if (l.label().isPresent() && visitor.visit("costEstimate", l.category().name(), l.label().get())) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Fund> funds(String label) {
    List<Fund> out = new ArrayList<>();
    Matcher m = NAME.matcher(label);
    while (m.find()) {
      fund(m.group(1)).filter(f -> !out.contains(f)).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Fund> fund(String name) {
    if (name.equals("EAKR") || name.equals("ERDF") || name.equals("ERUF")) {
      return Optional.of(Fund.ERDF);
    }
    if (name.startsWith("ESR") || name.startsWith("ESF")) {
      return Optional.of(Fund.ESF_PLUS);
    }
    return Optional.of(Fund.JTF);
  }
}

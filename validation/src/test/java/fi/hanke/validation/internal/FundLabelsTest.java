package fi.hanke.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.cost.CostLine;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.project.Project;
import fi.hanke.validation.testing.ValidProjects;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FundLabelsTest {
  /** Words that name a fund, words that only look like one, and words that name none. */
  private static final List<String> WORDS = List.of("EAKR-", "ESR+", "ESF", "JTF", "ERUF", "EAKRx", "xEAKR", "eakr",
      "ESR2", "Haettu", "valtion", "rahoitus");

  private static String label(int pick) {
    return "Haettu " + WORDS.get(pick % WORDS.size()) + " rahoitus";
  }

  @Test
  void anyTellsExactlyWhetherInFindsAFundInTheFundingPlansOrTheCostEstimatesLabels() {
    AtomicInteger named = new AtomicInteger();
    AtomicInteger unnamed = new AtomicInteger();
    qt().forAll(ValidProjects.projects(), integers().between(-1, WORDS.size() - 1),
        integers().between(-1, WORDS.size() - 1)).checkAssert((p, funding, cost) -> {
          Project labelled = p;
          if (funding >= 0) {
            List<FundingLine> lines = p.fundingPlan().orElseThrow().lines().stream()
                .map(l -> l.withLabel(label(funding))).toList();
            labelled = labelled.withFundingPlan(p.fundingPlan().orElseThrow().withLines(lines));
          }
          if (cost >= 0 && p.costEstimate().isPresent()) {
            List<CostLine> lines = p.costEstimate().get().lines().stream().map(l -> l.withLabel(label(cost))).toList();
            labelled = labelled.withCostEstimate(p.costEstimate().get().withLines(lines));
          }
          boolean any = FundLabels.any(labelled);
          assertEquals(!FundLabels.in(labelled).isEmpty(), any);
          (any ? named : unnamed).incrementAndGet();
        });
    assertTrue(named.get() > 0 && unnamed.get() > 0, named + " named, " + unnamed + " not");
  }
}

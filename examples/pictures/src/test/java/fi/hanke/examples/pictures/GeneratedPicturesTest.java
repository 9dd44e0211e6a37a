package fi.hanke.examples.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.testing.ValidProjects;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class GeneratedPicturesTest {
  /** A legend entry of the funding picture: "(n) source: 123 456,78 €" and what follows. */
  private static final Pattern LEGEND = Pattern.compile("^\\((\\d+)\\) .*?: (-?[\\d\u00A0]+,\\d\\d)\u00A0€");

  @Test
  void anyValidProjectDrawsAllThreePicturesWithThePlansAmountsAndOneBarGroupPerDatedWorkPackage() {
    qt().withExamples(30).forAll(ValidProjects.projects()).checkAssert(project -> {
      ProjectPictures pictures = ProjectPictures.of(HankeDocument.of(project), new Locale("fi"));
      pictures.all().values().forEach(SvgDocuments::parse);
      assertEquals(List.of(), pictures.notDrawn());
      assertShowsPlanAmounts(project, pictures.fundingPlan().orElseThrow());
      assertEquals(project.workPackages().stream().filter(w -> !w.periods().isEmpty()).map(WorkPackage::code)
          .collect(Collectors.toList()),
          SvgDocuments.workPackageBars(SvgDocuments.parse(pictures.timeline().orElseThrow())));
    });
  }

  @Test
  void anyValidGroupProjectDrawsWithoutErrorAndItsFundingPictureShowsExactlyThePlansAmounts() {
    qt().withExamples(15).forAll(ValidProjects.groups()).checkAssert(group -> {
      ProjectPictures pictures = ProjectPictures.of(HankeDocument.of(group), new Locale("sv"));
      pictures.all().values().forEach(SvgDocuments::parse);
      assertEquals(3, pictures.all().size() + pictures.notDrawn().size());
      group.plan().fundingPlan().filter(p -> !p.lines().isEmpty()).ifPresent(plan ->
          assertShowsPlanAmounts(group.plan(), pictures.fundingPlan().orElseThrow()));
    });
  }

  /** The amounts of the legend, in order, are the plan's lines' amounts; and they add up to the plan's total. */
  private static void assertShowsPlanAmounts(Project project, String svg) {
    Document document = SvgDocuments.parse(svg);
    List<BigDecimal> shown = new ArrayList<>();
    for (String text : SvgDocuments.texts(document)) {
      Matcher m = LEGEND.matcher(text);
      if (m.find()) {
        shown.add(new BigDecimal(m.group(2).replace("\u00A0", "").replace(',', '.')));
      }
    }
    List<BigDecimal> plan = new ArrayList<>();
    for (FundingLine line : project.fundingPlan().orElseThrow().lines()) {
      plan.add(Eur.decimal(line.applied()));
    }
    assertEquals(plan, shown);
    BigDecimal sum = shown.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, sum.compareTo(Eur.decimal(project.fundingPlan().orElseThrow().totalApplied())));
  }
}

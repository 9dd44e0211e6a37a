package fi.hanke.examples.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.MonthPeriod;
import fi.hanke.core.work.WorkPackage;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Whatever a document's words and periods: control characters, markup, periods decades long or turned round, the
 * timeline is well-formed SVG with one bar group per work package that has a period it can draw.
 */
class ArbitraryWordsTest {
  private static final Gen<String> WORDS = strings().betweenCodePoints(1, 0x2FF).ofLengthBetween(0, 30);

  private static final Gen<MonthPeriod> PERIODS = integers().between(1990 * 12, 2040 * 12 - 1)
      .zip(integers().between(1990 * 12, 2040 * 12 - 1), (a, b) ->
          MonthPeriod.of(YearMonth.of(a / 12, a % 12 + 1), YearMonth.of(b / 12, b % 12 + 1)));

  private static final Gen<WorkPackage> PACKAGES = WORDS.zip(WORDS, lists().of(PERIODS).ofSizeBetween(0, 3),
      lists().of(WORDS).ofSizeBetween(0, 3), (code, title, periods, members) -> WorkPackage.builder()
          .code("T" + code).title(title).addAllPeriods(periods).addAllResponsibleMembers(members).build());

  @Test
  void anyWordsAndPeriodsGiveAWellFormedTimelineWithABarGroupPerDrawablePackage() {
    qt().withExamples(60).forAll(WORDS, lists().of(PACKAGES).ofSizeBetween(1, 5)).checkAssert((name, packages) -> {
      Project project = Project.builder().name("x" + name).workPackages(packages).build();
      ProjectPictures pictures = ProjectPictures.of(HankeDocument.of(project), Locale.ENGLISH);
      List<String> drawable = packages.stream().filter(w -> !TimelinePicture.drawable(w).isEmpty())
          .map(WorkPackage::code).collect(Collectors.toList());
      assertEquals(!drawable.isEmpty(), pictures.timeline().isPresent(), pictures.notDrawn().toString());
      pictures.timeline().ifPresent(svg -> assertEquals(
          drawable.stream().map(ArbitraryWordsTest::asXmlKeepsIt).collect(Collectors.toList()),
          SvgDocuments.workPackageBars(SvgDocuments.parse(svg))));
    });
  }

  /** A code as the SVG can hold it: characters XML forbids become U+FFFD; a carriage return is read as a space. */
  private static String asXmlKeepsIt(String code) {
    return Svg.xmlCharacters(code).replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
  }
}

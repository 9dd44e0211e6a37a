package fi.hanke.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Paths read back from their text, and sort as a person reads them (indexes as numbers). */
class PathTest {

  private static final String[] FIELDS = {"members", "fundingPlan", "costEstimate", "lines", "workPackages", "periods"};
  private static final String[] KEYS = {"TP0", "TP3", "EXTERNAL_PRIVATE", "STAFF", "R-01136"};

  /** One step of a path: 0–5 a field, 6–10 a key, 11 and above an index. */
  private static final Gen<List<Integer>> STEPS =
      lists().of(integers().between(0, 10).mix(integers().between(11, 100_011), 40)).ofSizeBetween(0, 6);

  private static Path path(List<Integer> steps) {
    Path p = Path.root();
    for (int s : steps) {
      p = s < FIELDS.length ? p.field(FIELDS[s]) : s < FIELDS.length + KEYS.length ? p.key(KEYS[s - FIELDS.length])
          : p.index(s - FIELDS.length - KEYS.length);
    }
    return p;
  }

  @Test
  void parseReadsBackEveryPathsToString() {
    qt().forAll(STEPS).checkAssert(steps -> {
      Path p = path(steps);
      assertEquals(p, Path.parse(p.toString()));
      assertEquals(0, p.compareTo(Path.parse(p.toString())));
    });
  }

  @Test
  void indexesSortAsNumbers() {
    Path two = Path.root().field("members").index(2);
    Path ten = Path.root().field("members").index(10);
    assertTrue(two.compareTo(ten) < 0);
    assertTrue(ten.compareTo(two) > 0);
    assertTrue(Path.parse("members[2].fundingPlan").compareTo(Path.parse("members[10]")) < 0);
    assertTrue(Path.parse("members[9]").compareTo(Path.parse("members[10].costEstimate")) < 0);
    assertTrue(Path.parse("members").compareTo(Path.parse("members[0]")) < 0);
    // different texts never compare as equal, so the order agrees with equals
    assertNotEquals(0, Path.parse("members[01]").compareTo(Path.parse("members[1]")));
  }

  @Test
  void orderIsATotalOrderThatAgreesWithEquals() {
    qt().forAll(STEPS, STEPS, STEPS).checkAssert((a, b, c) -> {
      Path x = path(a);
      Path y = path(b);
      Path z = path(c);
      assertEquals(Integer.signum(x.compareTo(y)), -Integer.signum(y.compareTo(x)));
      assertEquals(x.equals(y), x.compareTo(y) == 0);
      List<Path> sorted = new ArrayList<>(List.of(x, y, z));
      sorted.sort(null);
      assertTrue(sorted.get(0).compareTo(sorted.get(2)) <= 0);
    });
  }

  @Test
  void indexesOfOneListSortInNumericOrder() {
    qt().forAll(integers().between(0, 1_000_000), integers().between(0, 1_000_000)).checkAssert((i, j) -> {
      Path a = Path.root().field("members").index(i).field("fundingPlan");
      Path b = Path.root().field("members").index(j).field("fundingPlan");
      assertEquals(Integer.signum(Integer.compare(i, j)), Integer.signum(a.compareTo(b)));
    });
  }
}

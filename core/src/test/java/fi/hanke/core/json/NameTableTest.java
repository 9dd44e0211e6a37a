package fi.hanke.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameTableTest {
  /**
   * Few letters, so that names often share their length and their first, middle and last characters (the hash of
   * the characters' table) and differ only inside.
   */
  private static final String LETTERS = "AB_";

  @Test
  void aNameIsFoundFromItsStringAndFromCharactersAtAnyOffsetAndNothingElseIs() {
    qt().forAll(lists().of(lists().of(integers().between(0, LETTERS.length() - 1)).ofSizeBetween(0, 7))
                .ofSizeBetween(1, 20),
            lists().of(integers().between(0, LETTERS.length() - 1)).ofSizeBetween(0, 7), integers().between(0, 5))
        .checkAssert((drawn, probe, offset) -> {
          List<String> names = new ArrayList<>(new LinkedHashSet<>(words(drawn)));
          NameTable table = new NameTable(names);
          List<String> asked = new ArrayList<>(names);
          asked.add(word(probe)); // a name of the set or, mostly, one next to them
          for (String name : asked) {
            int expected = names.indexOf(name);
            assertEquals(expected, table.indexOf(name), name + " in " + names);
            char[] around = ("#".repeat(offset) + name + "#").toCharArray();
            assertEquals(expected, table.indexOf(around, offset, name.length()), name + " at " + offset + " in " + names);
          }
        });
  }

  private static List<String> words(List<List<Integer>> drawn) {
    List<String> words = new ArrayList<>();
    for (List<Integer> letters : drawn) {
      words.add(word(letters));
    }
    return words;
  }

  private static String word(List<Integer> letters) {
    StringBuilder b = new StringBuilder();
    for (int letter : letters) {
      b.append(LETTERS.charAt(letter));
    }
    return b.toString();
  }
}

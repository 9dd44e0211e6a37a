package fi.hanke.examples.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fi.hanke.core.imports.Figure;
import fi.hanke.core.imports.ImportResult;
import fi.hanke.core.imports.SourceSpan;
import fi.hanke.examples.seeds.Seed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The importer reads the seed texts as people's copies of them differ: lines wrapped elsewhere, tabs as runs of
 * spaces and back, no-break spaces, CRLF line ends, a page header or footer between two lines. Each gives the
 * same figures as the text as it is, or leaves a figure unread: never a different figure. And a figure is
 * always the text at its source: when digits of the text change, every figure imported still stands verbatim
 * at its recorded span and says what the span says.
 */
class ImportRobustnessPropertiesTest {
  private static final List<Seed> SEEDS = SeedTexts.seeds();
  private static final List<Set<String>> ORIGINAL = new ArrayList<>();

  static {
    for (Seed s : SEEDS) {
      ORIGINAL.add(pairs(SeedTexts.read(s)));
    }
  }

  /**
   * The figures as path = value, list positions left out ("meetings[2].date" as "meetings[].date"): a list
   * that loses an unread item keeps the others, which then stand at other positions.
   */
  static Set<String> pairs(ImportResult r) {
    Set<String> out = new HashSet<>();
    for (Figure f : r.figures()) {
      out.add(f.document() + ":" + f.path().replaceAll("\\[\\d+\\]", "[]") + " = " + f.value());
    }
    return out;
  }

  enum Change { JOIN_LINES, SPLIT_LINE, TABS_TO_SPACES, SPACES_TO_TABS, NO_BREAK_SPACES, CRLF, PAGE_FURNITURE }

  static String change(String text, Change change, Random rnd) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    switch (change) {
      case JOIN_LINES:
        for (int k = 0; k < 3; k++) {
          int i = rnd.nextInt(lines.size() - 1);
          if (!lines.get(i).isBlank() && !lines.get(i + 1).isBlank()) {
            lines.set(i, lines.get(i).stripTrailing() + " " + lines.get(i + 1).stripLeading());
            lines.remove(i + 1);
          }
        }
        return String.join("\n", lines);
      case SPLIT_LINE:
        for (int k = 0; k < 3; k++) {
          int i = rnd.nextInt(lines.size());
          String l = lines.get(i);
          List<Integer> spaces = new ArrayList<>();
          for (int c = 1; c < l.length() - 1; c++) {
            if (l.charAt(c) == ' ' && l.charAt(c - 1) != ' ' && l.charAt(c + 1) != ' ') {
              spaces.add(c);
            }
          }
          if (!spaces.isEmpty()) {
            int at = spaces.get(rnd.nextInt(spaces.size()));
            lines.set(i, l.substring(0, at));
            lines.add(i + 1, l.substring(at + 1));
          }
        }
        return String.join("\n", lines);
      case TABS_TO_SPACES:
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
          out.append(c == '\t' ? " ".repeat(2 + rnd.nextInt(4)) : String.valueOf(c));
        }
        return out.toString();
      case SPACES_TO_TABS:
        return text.replaceAll(" {2,}", "\t");
      case NO_BREAK_SPACES:
        StringBuilder nb = new StringBuilder();
        for (char c : text.toCharArray()) {
          nb.append(c == ' ' && rnd.nextBoolean() ? '\u00A0' : c);
        }
        return nb.toString();
      case CRLF:
        return text.replace("\n", "\r\n");
      default:
        String[] forms = {"Sivu %d (%d)", "%d / %d", "Page %d of %d", "- %d -"};
        for (int k = 0; k < 3; k++) {
          int i = 1 + rnd.nextInt(lines.size() - 1);
          int page = 1 + rnd.nextInt(9);
          lines.add(i, String.format(forms[rnd.nextInt(forms.length)], page, page + rnd.nextInt(9)));
        }
        return String.join("\n", lines);
    }
  }

  @Test
  void changedCopiesGiveTheSameFiguresOrLeaveThemUnread() {
    qt().withExamples(300).forAll(integers().between(0, SEEDS.size() - 1),
        integers().between(0, Change.values().length - 1), longs().all())
        .checkAssert((seed, change, r) -> {
          String text = change(SeedTexts.text(SEEDS.get(seed)), Change.values()[change], new Random(r));
          ImportResult result = SeedTexts.IMPORTER.read(text);
          for (String pair : pairs(result)) {
            assertTrue(ORIGINAL.get(seed).contains(pair), () -> SEEDS.get(seed).fileName() + " "
                + Change.values()[change] + " (" + r + "): a figure not in the original: " + pair);
          }
        });
  }

  @Test
  void eachChangeAloneKeepsMostFigures() {
    // the changes that do not move words between lines keep every figure
    for (int s = 0; s < SEEDS.size(); s++) {
      for (Change c : List.of(Change.NO_BREAK_SPACES, Change.CRLF, Change.PAGE_FURNITURE, Change.TABS_TO_SPACES,
          Change.SPACES_TO_TABS)) {
        ImportResult r = SeedTexts.IMPORTER.read(change(SeedTexts.text(SEEDS.get(s)), c, new Random(s)));
        assertEquals(ORIGINAL.get(s), pairs(r), SEEDS.get(s).fileName() + " " + c);
      }
    }
  }

  private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

  /** The offset of a span's start and end in the text. */
  static String at(String text, SourceSpan s) {
    int[] starts = lineStarts(text);
    int a = starts[s.line() - 1] + s.column() - 1;
    int b = starts[s.endLine() - 1] + s.endColumn() - 1;
    return text.substring(a, b);
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** What the source says, in the figure's own form, for the figures that are numbers, dates or codes. */
  static void saysWhatItsSourceSays(Figure f) {
    String src = f.source().text();
    String path = f.path();
    String digits = src.replaceAll("[^0-9]", "");
    if (path.matches(".*(applied|approved|statedNetApplied|statedNetApproved|statedTotalApplied|statedTotalApproved)$")
        || path.contains("regionalSplit")) {
      String value = f.value().endsWith(".00") ? f.value().substring(0, f.value().length() - 3) : f.value();
      assertEquals(value.replace(".", "").replaceFirst("^0+(?=\\d)", ""), digits.replaceFirst("^0+(?=\\d)", ""),
          () -> path + " " + src);
    } else if (path.matches(".*(documentDate|received|start|end|\\.date)$")) {
      Matcher m = DATE.matcher(src);
      assertTrue(m.matches(), () -> path + " " + src);
      assertEquals(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(1))).toString(), f.value(), path);
    } else if (path.matches(".*(statedShare|statedAidRate|points|maximumPoints|priority)$")) {
      assertEquals(0, new java.math.BigDecimal(f.value()).compareTo(new java.math.BigDecimal(src.replace(',', '.'))),
          () -> path + " " + src);
    } else if (path.matches(".*specificObjective$") || path.matches(".*applicationNumbers?(\\[\\d+\\])?$")) {
      assertEquals(f.value(), src.replace(',', '.'), path);
    } else if (path.endsWith("businessId")) {
      assertEquals(f.value().replace("-", ""), digits, path);
    }
  }

  @Test
  void mutatedDigitsAreReadAsWrittenOrNotAtAll() {
    qt().withExamples(300).forAll(integers().between(0, SEEDS.size() - 1), integers().between(1, 12), longs().all())
        .checkAssert((seed, count, r) -> {
          char[] text = SeedTexts.text(SEEDS.get(seed)).toCharArray();
          List<Integer> digits = new ArrayList<>();
          for (int i = 0; i < text.length; i++) {
            if (Character.isDigit(text[i])) {
              digits.add(i);
            }
          }
          Random rnd = new Random(r);
          for (int k = 0; k < count; k++) {
            int i = digits.get(rnd.nextInt(digits.size()));
            text[i] = (char) ('0' + (text[i] - '0' + 1 + rnd.nextInt(9)) % 10);
          }
          String mutated = new String(text);
          ImportResult result = SeedTexts.IMPORTER.read(mutated);
          for (Figure f : result.figures()) {
            assertEquals(f.source().text(), at(mutated, f.source()), () -> f.path() + " at " + f.source());
            saysWhatItsSourceSays(f);
          }
        });
  }

  @Test
  void everyFigureOfTheSeedsSaysWhatItsSourceSays() {
    for (Seed s : SEEDS) {
      String text = SeedTexts.text(s);
      for (Figure f : SeedTexts.read(s).figures()) {
        assertEquals(f.source().text(), at(text, f.source()));
        saysWhatItsSourceSays(f);
      }
    }
  }
}

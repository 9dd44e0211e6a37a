package fi.hanke.core.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the layout of a text, and documents of other programmes. */
final class Recogniser {
  private Recogniser() {}

  /** The programme recognised and the words that gave it away, for other programmes. */
  record Other(String programme, int start, int end) {}

  // literal markers, looked for in the lower-cased text (regular expressions with alternatives are slow here)
  private static final List<String> THIS_PROGRAMME = List.of("uudistuva ja osaava suomi", "uudistuva, osaava",
      "eura 2021", "oikeudenmukaisen siirtymän", "just transition fund", "jtf");
  private static final List<String> PERIOD_2021 = List.of("2021–2027", "2021-2027", "2021 – 2027", "2021 - 2027");
  private static final Object[][] OTHERS = {
      {"Interreg", List.of("interreg")},
      {"RRF (elpymis- ja palautumistukiväline)", List.of("elpymis- ja palautumis", "recovery and resilience", "rrf",
          "kestävän kasvun ohjelma", "nextgenerationeu")},
      {"2014–2020", List.of("2014–2020", "2014-2020", "2014 – 2020", "2014 - 2020", "kestävää kasvua ja työtä",
          "eura 2014")},
      {"kansallinen rahoitus", List.of("maakunnan kehittämisraha", "akke", "alueelliset innovaatiot ja kokeilut",
          "kansallinen kehittämisavustus")}};

  /** The first whole-word occurrence of any marker: its start, or -1; the marker's length in {@code length[0]}. */
  private static int first(String lower, List<String> markers, int[] length) {
    int best = -1;
    for (String m : markers) {
      int at = lower.indexOf(m);
      while (at >= 0) {
        boolean before = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
        int end = at + m.length();
        boolean after = end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end))
            || !Character.isLetterOrDigit(m.charAt(m.length() - 1));
        if (before && after) {
          if (best < 0 || at < best) {
            best = at;
            length[0] = m.length();
          }
          break;
        }
        at = lower.indexOf(m, at + 1);
      }
    }
    return best;
  }

  /** The text lower-cased character by character, so that offsets stay those of the text. */
  static String lower(String text) {
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = Character.toLowerCase(c[i]);
    }
    return new String(c);
  }

  static Optional<Other> otherProgramme(Text text) {
    String lower = lower(text.flow());
    int[] length = new int[1];
    boolean ours = first(lower, THIS_PROGRAMME, length) >= 0;
    boolean period = first(lower, PERIOD_2021, length) >= 0;
    for (Object[] o : OTHERS) {
      @SuppressWarnings("unchecked")
      List<String> markers = (List<String>) o[1];
      int at = first(lower, markers, length);
      if (at < 0) {
        continue;
      }
      String name = (String) o[0];
      boolean other = name.equals("2014–2020") ? !ours && !period : !ours;
      if (other) {
        return Optional.of(new Other(name, at, at + length[0]));
      }
    }
    return Optional.empty();
  }

  static DocumentLayout layout(Text text, Doc doc) {
    String[] eura = {"Hankkeen perustiedot", "Kustannusarvion tiivistelmä", "Rahoitussuunnitelman tiivistelmä",
        "Kustannusarvion jakaantuminen", "Rahoittajan arvio hankkeesta", "Ryhmähankkeen muut toteuttajat"};
    for (String label : eura) {
      if (doc.find(label) >= 0) {
        return DocumentLayout.EURA_PRINTOUT;
      }
    }
    for (int i = 0; i < text.size(); i++) {
      String l = Doc.collapse(text.line(i));
      if (l.startsWith("Toteuttajan nimi") && l.contains("Y-tunnus")) {
        return DocumentLayout.EURA_PRINTOUT;
      }
    }
    String[] agenda = {"Vastuuviranomainen", "Kokonaiskustannusarvio (€)", "Kokonaisrahoitussuunnitelma (€)",
        "Haettu tuki / kokonaiskustannukset", "Hankearviointi, pisteet"};
    for (String label : agenda) {
      if (doc.find(label) >= 0) {
        return DocumentLayout.AGENDA_ITEM;
      }
    }
    String flow = lower(text.flow());
    if (Pattern.compile("(?:pää|osa)toteuttajana|kokonaiskustannusarvio\\b.{0,200}?euroa|omarahoitusosuus|"
        + "eu:n ja valtion (?:tuki|tukea|rahoitus)|kuntarahoitus\\p{L}*\\s+(?:on\\s+)?(?:enintään\\s+)?\\d")
        .matcher(flow).find()) {
      return DocumentLayout.COUNCIL_MINUTES;
    }
    if (ListReader.rows(text) >= 2) {
      return DocumentLayout.PROJECT_LIST;
    }
    return DocumentLayout.UNRECOGNISED;
  }
}

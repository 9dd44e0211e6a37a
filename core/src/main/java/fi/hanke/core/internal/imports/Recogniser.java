package fi.hanke.core.internal.imports;

import fi.hanke.core.imports.DocumentLayout;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the layout of a text, and documents of other programmes. */
final class Recogniser {
  private Recogniser() {}

  /** The programme recognised and the words that gave it away, for other programmes. */
  static final class Other {
    final String programme;
    final int start;
    final int end;

    Other(String programme, int start, int end) {
      this.programme = programme;
      this.start = start;
      this.end = end;
    }
  }

  private static final Pattern THIS_PROGRAMME = Pattern.compile(
      "Uudistuva(?:,)? (?:ja )?osaava(?: ja osallistava)? Suomi|EURA 2021|Oikeudenmukaisen siirtymän|Just Transition Fund|JTF",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PERIOD_2021 = Pattern.compile("2021\\s?[–-]\\s?2027");
  private static final Object[][] OTHERS = {
      {"Interreg", Pattern.compile("\\bInterreg\\b", Pattern.CASE_INSENSITIVE)},
      {"RRF (elpymis- ja palautumistukiväline)", Pattern.compile(
          "elpymis- ja palautumis|Recovery and Resilience|\\bRRF\\b|kestävän kasvun ohjelma|NextGenerationEU",
          Pattern.CASE_INSENSITIVE)},
      {"2014–2020", Pattern.compile("2014\\s?[–-]\\s?2020|Kestävää kasvua ja työtä|EURA 2014",
          Pattern.CASE_INSENSITIVE)},
      {"kansallinen rahoitus", Pattern.compile(
          "maakunnan kehittämisraha|\\bAKKE\\b|alueelliset innovaatiot ja kokeilut|kansallinen kehittämisavustus",
          Pattern.CASE_INSENSITIVE)}};

  static Optional<Other> otherProgramme(Text text) {
    String flow = text.flow();
    boolean ours = THIS_PROGRAMME.matcher(flow).find();
    boolean period = PERIOD_2021.matcher(flow).find();
    for (Object[] o : OTHERS) {
      Matcher m = ((Pattern) o[1]).matcher(flow);
      if (!m.find()) {
        continue;
      }
      String name = (String) o[0];
      boolean other = name.equals("2014–2020") ? !ours && !period : !ours;
      if (other) {
        return Optional.of(new Other(name, m.start(), m.end()));
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
    String flow = text.flow().toLowerCase(Locale.ROOT);
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

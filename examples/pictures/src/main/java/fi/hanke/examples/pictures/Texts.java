package fi.hanke.examples.pictures;

import fi.hanke.core.Term;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Hedge;
import fi.hanke.core.money.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import javax.money.MonetaryAmount;

/**
 * The words of the pictures in Finnish, Swedish and English, where the model has no name of its own for them
 * (funding sources, cost categories, hedges and coverage have theirs: {@code displayName(Locale)}).
 */
final class Texts {
  private Texts() {}

  static final Term FUNDING_PLAN = Term.of("Rahoitussuunnitelma", "Finansieringsplan", "Funding plan");
  static final Term FUNDING_APPLIED = Term.of("Haettu rahoitus", "Sökt finansiering", "Funding applied for");
  static final Term FUNDING_TOTAL = Term.of("Rahoitus yhteensä", "Finansiering totalt", "Funding in total");
  static final Term FUNDING_NOT_STATED = Term.of("Rahoitussuunnitelmaa ei ole esitetty.",
      "Finansieringsplanen har inte angetts.", "The funding plan is not stated.");
  static final Term FUNDING_NO_LINES = Term.of("Rahoitussuunnitelman rivejä ei ole esitetty.",
      "Finansieringsplanens rader har inte angetts.", "The funding plan states no lines.");
  static final Term FUNDING_TOTAL_UNKNOWN = Term.of(
      "Osuuksia ei esitetä, koska rahoituksen kokonaismäärää ei ole esitetty.",
      "Andelarna visas inte, eftersom finansieringens totalbelopp inte har angetts.",
      "No shares are shown, as the funding total is not stated.");

  /** The aid ceiling (867/2021 §4): "tuen enimmäismäärä", of the net cost or failing that of the funding total. */
  static final Term CEILING_OF_NET = Term.of("Tuen enimmäismäärä {0} nettokustannuksista {1} ({2}): {3}",
      "Stödets maximibelopp {0} av nettokostnaderna {1} ({2}): {3}",
      "Aid ceiling {0} of the net cost {1} ({2}): {3}");
  static final Term CEILING_OF_TOTAL = Term.of("Tuen enimmäismäärä {0} rahoituksen kokonaismäärästä {1} ({2}): {3}",
      "Stödets maximibelopp {0} av finansieringens totalbelopp {1} ({2}): {3}",
      "Aid ceiling {0} of the funding total {1} ({2}): {3}");
  static final Term CEILING_LINE = Term.of("katkoviiva", "streckad linje", "dashed line");
  static final Term CEILING_UNKNOWN = Term.of(
      "Tuen enimmäismäärää ei piirretä: nettokustannuksia, rahoituksen kokonaismäärää tai hankkeen tyypin kattoa ei ole esitetty.",
      "Stödets maximibelopp ritas inte: nettokostnaderna, finansieringens totalbelopp eller taket för projekttypen har inte angetts.",
      "The aid ceiling is not drawn: the net cost, the funding total or the ceiling of the project type is not stated.");

  static final Term COST_STRUCTURE = Term.of("Kustannusrakenne", "Kostnadsstruktur", "Cost structure");
  static final Term COST_APPLIED = Term.of("Haetut kustannukset", "Sökta kostnader", "Costs applied for");
  static final Term NET_COST = Term.of("Nettokustannukset", "Nettokostnader", "Net cost");
  static final Term COST_MODEL = Term.of("Kustannusmalli", "Kostnadsmodell", "Cost model");
  static final Term COST_NOT_STATED = Term.of("Kustannusarviota ei ole esitetty.",
      "Kostnadsberäkningen har inte angetts.", "The cost estimate is not stated.");
  static final Term COST_NO_LINES = Term.of("Kustannusarvion rivejä ei ole esitetty.",
      "Kostnadsberäkningens rader har inte angetts.", "The cost estimate states no lines.");

  static final Term TIMELINE = Term.of("Työpaketit ja hankkeen toteutusaika", "Arbetspaket och projektets genomförandetid",
      "Work packages and the project period");
  static final Term WORK_PACKAGES = Term.of("Työpaketit", "Arbetspaket", "Work packages");
  static final Term MONTH = Term.of("Kuukausi", "Månad", "Month");
  static final Term PROJECT_START = Term.of("Hanke alkaa", "Projektet börjar", "Project starts");
  static final Term PROJECT_END = Term.of("Hanke päättyy", "Projektet slutar", "Project ends");
  static final Term PROJECT_PERIOD = Term.of("Hankkeen toteutusaika {0}–{1}", "Projektets genomförandetid {0}–{1}",
      "Project period {0}–{1}");
  static final Term PERIOD_NOT_STATED = Term.of("Hankkeen toteutusaikaa ei ole esitetty.",
      "Projektets genomförandetid har inte angetts.", "The project period is not stated.");
  static final Term RESPONSIBLE = Term.of("vastuussa", "ansvarig", "responsible");
  static final Term NO_PERIOD = Term.of("ajankohtaa ei ole esitetty", "tidpunkt inte angiven", "period not stated");
  static final Term REVERSED = Term.of("päättyy ennen alkuaan", "slutar före början", "ends before it starts");
  static final Term NO_WORK_PACKAGES = Term.of("Työpaketteja ei ole esitetty.", "Inga arbetspaket har angetts.",
      "No work packages are stated.");
  static final Term NO_PERIODS = Term.of("Työpakettien ajankohtia ei ole esitetty.",
      "Arbetspaketens tidpunkter har inte angetts.", "The work packages state no periods.");
  static final Term NO_DRAWABLE_PERIODS = Term.of("Jokainen työpakettien ajankohta päättyy ennen alkuaan.",
      "Varje tidpunkt för arbetspaketen slutar före början.", "Every period of the work packages ends before it starts.");

  static final Term PARTIAL = Term.of("vain esitetyt rivit", "endast angivna rader", "only the stated lines");

  /**
   * @param term a term with placeholders {0}, {1}, …
   * @param language the language
   * @param values the values, already formatted
   * @return the term in the language with the values put in
   */
  static String fill(Term term, Locale language, String... values) {
    String text = term.in(language);
    for (int i = 0; i < values.length; i++) {
      text = text.replace("{" + i + "}", values[i]);
    }
    return text;
  }

  /**
   * @param parts sentences or phrases, with or without a closing full stop
   * @return them as one text, each closed by one full stop
   */
  static String sentences(List<String> parts) {
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      String p = part.strip();
      while (p.endsWith(".")) {
        p = p.substring(0, p.length() - 1);
      }
      if (!p.isEmpty()) {
        text.append(text.length() == 0 ? "" : " ").append(p).append('.');
      }
    }
    return text.toString();
  }

  /**
   * @param amount an amount
   * @param hedge how the document states it
   * @param language the language
   * @return the amount as documents print it, with "enintään" or "noin" before it where it is hedged
   */
  static String money(MonetaryAmount amount, Hedge hedge, Locale language) {
    String formatted = Eur.format(amount, language);
    return hedge == Hedge.EXACT ? formatted : hedge.displayName(language) + " " + formatted;
  }

  /**
   * @param part a part
   * @param whole the whole, positive
   * @param language the language
   * @return the part's share of the whole to a tenth of a percent, as documents print percentages
   */
  static String share(MonetaryAmount part, MonetaryAmount whole, Locale language) {
    BigDecimal percent = Eur.share(part, whole).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    return percent.signum() < 0 ? "-" + Percentage.of(percent.negate()).format(language)
        : Percentage.of(percent).format(language);
  }

  /**
   * @param month a month
   * @return the month as work-package periods print it: {@code 3/2025}
   */
  static String month(YearMonth month) {
    return month.getMonthValue() + "/" + month.getYear();
  }
}

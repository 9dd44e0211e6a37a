package fi.hanke.validation.internal;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.programme.Fund;
import fi.hanke.core.programme.Programme;
import fi.hanke.core.region.Municipality;
import fi.hanke.core.region.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/**
 * The message bundles (<i>viestit</i>, sv. <i>meddelanden</i>) in Finnish, Swedish and English, and the
 * rendering of a message with its named arguments, formatted for the language: amounts as
 * {@code 273 907,00 €} in Finnish and Swedish (no-break spaces) and {@code €273,907.00} in English, dates as
 * {@code 1.3.2024}, plurals by {@link ChoiceFormat}.
 *
 * <p>Bundles are read once from the module's own resources (the engine's {@code messages_fi.properties} and
 * each rule family's, e.g. {@code cost/messages_fi.properties}) without {@link ResourceBundle.Control}, so the
 * result never depends on the JVM's default locale.
 */
public final class Messages {
  /** The languages messages exist in, Finnish first (the reference text). */
  public static final List<Locale> LANGUAGES = List.of(new Locale("fi"), new Locale("sv"), Locale.ENGLISH);

  /**
   * The packages of the rule families, whose bundles are merged: the names of {@code Family}'s constants in lower
   * case (a test pins that), written out so that this package names nothing of the engine's.
   */
  static final List<String> FAMILY_PACKAGES = List.of("identity", "dates", "cost", "funding", "group", "work",
      "programme", "assessment", "aid");

  private static final Map<String, ResourceBundle> BUNDLES = Map.of(
      "fi", load("fi"), "sv", load("sv"), "en", load("en"));

  private Messages() {}

  /**
   * One language's bundle: the engine's own messages ({@code messages_fi.properties} beside this class)
   * and each family's ({@code cost/messages_fi.properties} …), merged.
   */
  private static ResourceBundle load(String language) {
    Map<String, String> all = new HashMap<>();
    read("messages_" + language + ".properties", true, all);
    for (String family : FAMILY_PACKAGES) {
      read(family + "/messages_" + language + ".properties", false, all);
    }
    return new MapBundle(all);
  }

  private static void read(String name, boolean required, Map<String, String> into) {
    try (InputStream in = Messages.class.getResourceAsStream("/fi/hanke/validation/" + name)) {
      if (in == null) {
        if (required) {
          throw new IllegalStateException("message bundle " + name + " is missing");
        }
        return;
      }
      PropertyResourceBundle b = new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String key : b.keySet()) {
        if (into.put(key, b.getString(key)) != null) {
          throw new IllegalStateException("message key " + key + " is defined twice (again in " + name + ")");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message bundle " + name, e);
    }
  }

  private static final class MapBundle extends ResourceBundle {
    private final Map<String, String> messages;

    MapBundle(Map<String, String> messages) {
      this.messages = Map.copyOf(messages);
    }

    @Override
    protected Object handleGetObject(String key) {
      return messages.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
      return Collections.enumeration(messages.keySet());
    }
  }

  /**
   * The bundle of a language; languages other than fi and sv get English.
   *
   * @param locale the language
   * @return the bundle
   */
  public static ResourceBundle bundle(Locale locale) {
    ResourceBundle b = BUNDLES.get(locale.getLanguage());
    return b != null ? b : BUNDLES.get("en");
  }

  /**
   * @param key a message key
   * @param locale a language
   * @return the template of the key, e.g. "Flat rate -osuus {actual} …"
   * @throws MissingResourceException if the bundle has no such key
   */
  public static String template(String key, Locale locale) {
    return bundle(locale).getString(key);
  }

  /**
   * Renders a template: each {@code {name}} is replaced by the argument of that name, formatted for the
   * language; an unknown name is left as it is. Two forms more:
   *
   * <ul>
   *   <li>{@code {name} €}, a number followed by the euro sign, is an amount in the language's one money style:
   *       {@code 8 600,00 €} in Finnish and Swedish (no-break spaces, also before the sign), {@code €8,600.00} in
   *       English;
   *   <li>{@code {name,choice,0#virhettä|1#virhe|1<virhettä}} picks a word by the number, with the JDK's
   *       {@link ChoiceFormat}, for the plurals of each language.
   * </ul>
   *
   * @param template the template
   * @param arguments the named arguments
   * @param locale the language
   * @return the message
   */
  public static String render(String template, Map<String, ?> arguments, Locale locale) {
    return fi.hanke.core.internal.Placeholders.render(template, (name, spec, after, out) -> {
      if (!arguments.containsKey(name)) {
        return -1;
      }
      Object value = arguments.get(name);
      if (spec != null && spec.startsWith("choice,") && value instanceof Number) {
        out.append(new ChoiceFormat(spec.substring("choice,".length())).format(((Number) value).doubleValue()));
      } else if (value instanceof BigDecimal && template.startsWith(EURO, after)) {
        out.append(money((BigDecimal) value, locale));
        return after + EURO.length();
      } else if (value instanceof MonetaryAmount && template.startsWith(EURO, after)) {
        out.append(format(value, locale));
        return after + EURO.length();
      } else {
        out.append(format(value, locale));
      }
      return after;
    });
  }

  /** What follows a number in a template to make it an amount of euros. */
  private static final String EURO = " €";

  /** A number of euros in the language's money style (that of {@link Eur#format}). */
  private static String money(BigDecimal value, Locale locale) {
    String number = decimal(value.abs(), locale, 2);
    String sign = value.signum() < 0 ? "-" : "";
    return isNordic(locale) ? sign + number + "\u00a0€" : sign + "€" + number;
  }

  /**
   * The names of the arguments a template uses.
   *
   * @param template a template
   * @return the names between braces, in order (without a {@code ,choice,…} part)
   */
  public static List<String> argumentNames(String template) {
    return fi.hanke.core.internal.Placeholders.names(template);
  }

  /**
   * Formats one argument value for people: money as {@code 78 046,78 €} (fi), exact decimals with at least two
   * decimals, percentages as {@code 7 %}, dates as {@code 1.3.2024} (fi, sv) or ISO (en), enums by the
   * bundle's {@code enum.<Type>.<NAME>} text where it has one (so a message can use the grammatical form it
   * needs, e.g. "välittömistä kustannuksista"), else by their label in the language.
   *
   * @param value the value
   * @param locale the language
   * @return the text
   */
  public static String format(Object value, Locale locale) {
    if (value instanceof MonetaryAmount) {
      return Eur.format((MonetaryAmount) value, locale);
    }
    if (value instanceof BigDecimal) {
      return decimal((BigDecimal) value, locale, 2);
    }
    if (value instanceof Percentage) {
      return ((Percentage) value).format(locale);
    }
    if (value instanceof LocalDate) {
      LocalDate d = (LocalDate) value;
      return isNordic(locale) ? d.getDayOfMonth() + "." + d.getMonthValue() + "." + d.getYear() : d.toString();
    }
    if (value instanceof Enum) {
      String key = "enum." + value.getClass().getSimpleName() + "." + ((Enum<?>) value).name();
      ResourceBundle b = bundle(locale);
      if (b.containsKey(key)) {
        return b.getString(key);
      }
    }
    if (value instanceof CostCategory) {
      return ((CostCategory) value).displayName(locale);
    }
    if (value instanceof FundingSource) {
      return ((FundingSource) value).displayName(locale);
    }
    if (value instanceof CostOption) {
      return ((CostOption) value).displayName(locale);
    }
    if (value instanceof Fund) {
      return ((Fund) value).displayName(locale);
    }
    if (value instanceof Programme) {
      return ((Programme) value).displayName(locale);
    }
    if (value instanceof Region) {
      return ((Region) value).displayName(locale);
    }
    if (value instanceof Municipality) {
      return ((Municipality) value).displayName(locale);
    }
    if (value instanceof Long || value instanceof Integer) {
      return decimal(BigDecimal.valueOf(((Number) value).longValue()), locale, 0);
    }
    if (value instanceof BigInteger) {
      return decimal(new BigDecimal((BigInteger) value), locale, 0);
    }
    if (value instanceof Collection) {
      return ((Collection<?>) value).stream().map(v -> format(v, locale)).collect(Collectors.joining(", "));
    }
    return String.valueOf(value);
  }

  private static boolean isNordic(Locale locale) {
    return locale.getLanguage().equals("fi") || locale.getLanguage().equals("sv");
  }

  private static String decimal(BigDecimal value, Locale locale, int minimumFraction) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    if (isNordic(locale)) {
      symbols.setGroupingSeparator('\u00a0');
      symbols.setDecimalSeparator(',');
    } else {
      symbols.setGroupingSeparator(',');
      symbols.setDecimalSeparator('.');
    }
    symbols.setMinusSign('-');
    DecimalFormat f = new DecimalFormat("#,##0", symbols);
    f.setMinimumFractionDigits(minimumFraction);
    f.setMaximumFractionDigits(Math.max(minimumFraction, value.scale()));
    f.setParseBigDecimal(true);
    return f.format(value);
  }
}

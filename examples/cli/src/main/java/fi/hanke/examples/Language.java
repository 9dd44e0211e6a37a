package fi.hanke.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --lang fi|sv|en} option every command takes (a picocli mixin), and the texts of the command line in
 * the three languages ({@code help_fi.properties}, {@code help_sv.properties}, {@code help_en.properties} beside
 * this class: usage help, usage errors, the commands' own messages). Finnish unless asked otherwise; a
 * command without the option speaks the language given to the command above it
 * ({@code hanke --lang sv validate FILE}).
 */
public final class Language {
  /** The languages, as {@code --lang} takes them. */
  enum Code {
    fi, sv, en
  }

  /** The language when none is asked for. */
  static final Locale DEFAULT = new Locale("fi");

  @Option(names = "--lang", paramLabel = "fi|sv|en", descriptionKey = "lang")
  Code code;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  /** @return the language of the command this option belongs to */
  Locale locale() {
    return of(mixee);
  }

  /**
   * @param spec a command
   * @return the language asked for on it or on the nearest command above it, else Finnish
   */
  static Locale of(CommandSpec spec) {
    for (CommandSpec s = spec; s != null; s = s.parent()) {
      CommandSpec mixin = s.mixins().get("lang");
      if (mixin != null && mixin.userObject() instanceof Language && ((Language) mixin.userObject()).code != null) {
        return new Locale(((Language) mixin.userObject()).code.name());
      }
    }
    return DEFAULT;
  }

  /**
   * @param locale fi, sv or en (anything else reads as Finnish)
   * @return the texts of the command line in that language, with no fallback to the JVM's language
   */
  static ResourceBundle bundle(Locale locale) {
    String code = locale.getLanguage().equals("sv") || locale.getLanguage().equals("en") ? locale.getLanguage() : "fi";
    try (InputStream in = Language.class.getResourceAsStream("help_" + code + ".properties")) {
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param locale the language
   * @param key a key of the texts
   * @param args its arguments ({@link String#format} style)
   * @return the text
   */
  static String text(Locale locale, String key, Object... args) {
    return String.format(locale, bundle(locale).getString(key), args);
  }
}

package fi.hanke.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The placeholders of a message template (<i>viestipohjan paikkamerkit</i>, sv. <i>platshållare</i>):
 * {@code {name}} or {@code {name,choice,…}}. Shared by the JSON reader's problems and the validation
 * module's messages, so that both read their templates alike. Internal, not API.
 */
public final class Placeholders {
  private Placeholders() {}

  /**
   * The names of the arguments a template uses.
   *
   * @param template a template
   * @return the names between braces, in order, as often as they stand (without a {@code ,choice,…} part)
   */
  public static List<String> names(String template) {
    List<String> names = new ArrayList<>();
    int i = template.indexOf('{');
    while (i >= 0) {
      int close = template.indexOf('}', i);
      if (close < 0) {
        break;
      }
      String inside = template.substring(i + 1, close);
      int comma = inside.indexOf(',');
      names.add(comma < 0 ? inside : inside.substring(0, comma));
      i = template.indexOf('{', close);
    }
    return names;
  }

  /** Writes the value of one placeholder. */
  @FunctionalInterface
  public interface Argument {
    /**
     * @param name the name of the placeholder
     * @param spec what follows the name's comma (e.g. {@code choice,0#…}), or null
     * @param after the index of the template just after the placeholder's closing brace
     * @param out where the message is written
     * @return the index of the template to go on from (at least {@code after}), or -1 if {@code name} is no
     *     argument, and the placeholder is then kept as it stands
     */
    int append(String name, String spec, int after, StringBuilder out);
  }

  /**
   * Renders a template: each placeholder is written by {@code argument}, the rest of the text as it stands.
   *
   * @param template the template
   * @param argument writes a placeholder's value
   * @return the message
   */
  public static String render(String template, Argument argument) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i) {
        String inside = template.substring(i + 1, close);
        int comma = inside.indexOf(',');
        int next = argument.append(comma < 0 ? inside : inside.substring(0, comma),
            comma < 0 ? null : inside.substring(comma + 1), close + 1, out);
        if (next >= 0) {
          i = next;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}

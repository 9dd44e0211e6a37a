package fi.hanke.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import fi.hanke.core.json.Detail.Key;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax errors as the reader's own {@link Detail}s, so that a problem reads wholly in the user's
 * language. What Jackson's exception type and the parser's state tell is taken from them: an end of input
 * ({@link JsonEOFException}) and the token it cut ({@link JsonEOFException#getTokenBeingDecoded()}), the object
 * or array open at that point and where it started, the field name of a duplicate, the kind of container a
 * close marker or a missing comma belongs to. What only Jackson's message tells (the refused character's code,
 * the kind of syntax error) is matched against the fixed texts of jackson-core 2.x's parsers, never shown: a
 * text not recognised becomes the plain "not valid JSON here", which a test over hostile inputs keeps unreached.
 */
final class JacksonFailures {
  private JacksonFailures() {}

  /** The code of the character Jackson refuses: {@code (code 35)} or {@code (code 65279 / 0xfeff)}. */
  private static final Pattern CODE = Pattern.compile("\\bcode ([0-9]+)");

  /** The byte of a UTF-8 error: {@code … byte 0x28}. */
  private static final Pattern BYTE = Pattern.compile("0x([0-9A-Fa-f]{1,8})");

  /**
   * @param e what Jackson threw while it read
   * @param parser the parser that threw, for its state
   * @return the detail in the reader's words
   */
  static Detail of(JsonProcessingException e, JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    if (e instanceof JsonEOFException) {
      JsonToken cut = ((JsonEOFException) e).getTokenBeingDecoded();
      if (cut == JsonToken.VALUE_STRING) {
        return Detail.syntaxEndInString();
      } else if (cut == JsonToken.FIELD_NAME) {
        return Detail.syntaxEndInName();
      }
      return endOfInput(context);
    }
    String message = e.getOriginalMessage();
    if (message == null) {
      return Detail.syntaxOther();
    }
    if (message.startsWith("Unexpected end-of-input")) {
      // after a comma Jackson ends the input with a plain JsonParseException ("within/between Object entries")
      return endOfInput(context);
    }
    if (message.startsWith("Duplicate field '")) {
      String name = context != null ? context.getCurrentName() : null;
      return Detail.syntaxDuplicate(name != null ? name : quoted(message));
    }
    if (message.startsWith("Unexpected close marker '")) {
      char found = message.charAt("Unexpected close marker '".length());
      if (context != null && (context.inObject() || context.inArray())) {
        JsonLocation start = context.startLocation(ContentReference.unknown());
        return Detail.syntaxCloseMismatch(found, context.inArray() ? ']' : '}', start.getLineNr(),
            start.getColumnNr());
      }
      return Detail.syntaxCloseNothing(found);
    }
    if (message.startsWith("Unrecognized token '")) {
      return Detail.syntaxToken(quoted(message));
    }
    if (message.startsWith("Non-standard token '")) {
      return Detail.syntaxNonStandard(quoted(message));
    }
    if (message.contains("Leading zeroes")) {
      return Detail.syntaxLeadingZero();
    }
    if (message.startsWith("Invalid UTF-8")) {
      Matcher b = BYTE.matcher(message);
      // Jackson prints a sign-extended byte as up to eight hex digits ("0xffffe170"): the byte is the low eight bits
      return b.find() ? Detail.syntaxUtf8((int) (Long.parseLong(b.group(1), 16) & 0xFF)) : Detail.syntaxOpening();
    }
    Matcher code = CODE.matcher(message);
    int codePoint = code.find() ? Integer.parseInt(code.group(1)) : -1;
    if (codePoint >= 0 && message.startsWith("Illegal unquoted character")) {
      return Detail.syntaxControlCharacter(codePoint);
    }
    if (codePoint >= 0 && message.startsWith("Unrecognized character escape")) {
      return Detail.syntaxEscape(codePoint);
    }
    if (codePoint >= 0 && (message.startsWith("Unexpected character (") || message.startsWith("Illegal character ("))) {
      return Detail.syntaxCharacter(codePoint, Detail.expect(expected(message, context)),
          message.contains(") in numeric value"));
    }
    if (message.startsWith("Invalid numeric value") || message.startsWith("Malformed numeric value")
        || message.startsWith("No digit following sign")) {
      return Detail.syntaxNumber();
    }
    return Detail.syntaxOther();
  }

  /** The end of the input between tokens: in the innermost open object or array (and where it starts), or at all. */
  private static Detail endOfInput(JsonStreamContext context) {
    if (context != null && (context.inObject() || context.inArray())) {
      JsonLocation start = context.startLocation(ContentReference.unknown());
      return Detail.syntaxEndIn(context.inArray(), start.getLineNr(), start.getColumnNr());
    }
    return Detail.syntaxEnd();
  }

  /**
   * What the syntax wanted where Jackson found a character: the kind of container from the parser's state, the
   * rest from the comment Jackson adds to the character.
   */
  private static Key expected(String message, JsonStreamContext context) {
    if (message.contains("comma to separate")) {
      return context != null && context.inArray() ? Key.EXPECT_COMMA_IN_ARRAY : Key.EXPECT_COMMA_IN_OBJECT;
    } else if (message.contains("to start field name")) {
      return Key.EXPECT_NAME;
    } else if (message.contains("colon to separate")) {
      return Key.EXPECT_COLON;
    } else if (message.contains("hex-digit")) {
      return Key.EXPECT_HEX_DIGIT;
    } else if (message.contains("follow minus sign")) {
      return Key.EXPECT_DIGIT_AFTER_MINUS;
    } else if (message.contains("Decimal point not followed")) {
      return Key.EXPECT_DIGIT_AFTER_POINT;
    } else if (message.contains("Exponent indicator") || message.contains("number exponent")) {
      return Key.EXPECT_DIGIT_IN_EXPONENT;
    } else if (message.contains("expected digit")) {
      return Key.EXPECT_DIGIT;
    } else if (message.contains("valid value") || message.contains("expected a value")) {
      return Key.EXPECT_VALUE;
    } else if (message.contains("end marker") || message.contains("separating root-level")) {
      return Key.EXPECT_SEPARATOR;
    } else if (message.contains("comment")) {
      return Key.EXPECT_NO_COMMENT;
    }
    return Key.EXPECT_JSON;
  }

  /** The text between the first pair of single quotes of a message. */
  private static String quoted(String message) {
    int open = message.indexOf('\'');
    int close = message.indexOf("':", open + 1);
    if (close < 0) {
      close = message.lastIndexOf('\'');
    }
    return open >= 0 && close > open ? message.substring(open + 1, close) : "";
  }
}

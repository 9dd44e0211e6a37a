package fi.hanke.examples;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The commands that read a document as people hold it (<i>asiakirjan tuonti</i>, sv. <i>import av dokument</i>):
 * {@code import FILE|-} prints the hanke/1 document(s) it holds, {@code check FILE|-} imports and validates it.
 * Text or PDF; exit 0 read (check: no ERROR), 1 (check: an ERROR), 2 not a recognisable document.
 */
final class DocumentCommands {
  private DocumentCommands() {}

  /** Text or JSON output, as {@code validate} has. */
  enum Format {
    text,
    json
  }

  /** What both commands take and how they hand it to their {@code run(args, stdin, out, err)}. */
  abstract static class Reading implements Callable<Integer> {
    @Mixin
    Language lang;

    @Parameters(index = "0", paramLabel = "FILE|-", descriptionKey = "file")
    String file;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "format")
    Format format = Format.text;

    final InputStream in;
    final PrintStream out;
    final PrintStream err;

    Reading(InputStream in, PrintStream out, PrintStream err) {
      this.in = in;
      this.out = out;
      this.err = err;
    }

    /** @return the arguments as the command's own {@code run} takes them */
    String[] args() {
      return new String[] {file, "--lang", lang.locale().getLanguage(), "--format", format.name()};
    }
  }

  /** {@code import FILE|- [--format text|json]}: the document's projects as hanke/1, the notes on stderr. */
  @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Main.Version.class)
  static final class Import extends Reading {
    Import(InputStream in, PrintStream out, PrintStream err) {
      super(in, out, err);
    }

    @Override
    public Integer call() {
      return ImportCommand.run(args(), in, out, err);
    }
  }

  /**
   * {@code check FILE|- [--format text|json] [--svg DIR]}: imports and validates, with the notes and each finding's
   * source, and writes the document's pictures into DIR.
   */
  @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class)
  static final class Check extends Reading {
    @Option(names = "--svg", paramLabel = "DIR", descriptionKey = "svg")
    String svg;

    Check(InputStream in, PrintStream out, PrintStream err) {
      super(in, out, err);
    }

    @Override
    public Integer call() {
      String[] args = args();
      if (svg != null) {
        args = Arrays.copyOf(args, args.length + 2);
        args[args.length - 2] = "--svg";
        args[args.length - 1] = svg;
      }
      return CheckCommand.run(args, in, out, err);
    }
  }
}

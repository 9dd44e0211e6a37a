package fi.hanke.examples;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code seeds} command, the main job and what {@code hanke} runs without a command: the five seed documents
 * as EURA summarises them, each with its validation report, then one line of counts per seed ({@link Main#run}).
 */
@Command(name = "seeds", mixinStandardHelpOptions = true, versionProvider = Main.Version.class)
final class SeedsCommand implements Callable<Integer> {
  @Mixin
  Language lang;

  @Option(names = "--from-texts", descriptionKey = "seeds.fromTexts")
  boolean fromTexts;

  private final PrintStream out;

  SeedsCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() {
    out.print(fromTexts ? Main.runFromTexts(lang.locale()) : Main.run(lang.locale()));
    return 0;
  }
}

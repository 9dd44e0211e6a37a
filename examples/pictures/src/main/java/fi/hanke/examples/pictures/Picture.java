package fi.hanke.examples.pictures;

import java.util.Optional;

/** One picture: its SVG, or the sentence that says why it is not drawn. */
final class Picture {
  private final String svg;
  private final String reason;

  private Picture(String svg, String reason) {
    this.svg = svg;
    this.reason = reason;
  }

  static Picture drawn(String svg) {
    return new Picture(svg, null);
  }

  static Picture notDrawn(String reason) {
    return new Picture(null, reason);
  }

  Optional<String> svg() {
    return Optional.ofNullable(svg);
  }

  Optional<String> reason() {
    return Optional.ofNullable(reason);
  }
}

package fi.hanke.examples.bench.beans;

import fi.hanke.core.aid.DeMinimisRules;
import fi.hanke.core.programme.ProgrammeProfile;
import fi.hanke.core.programme.Programmes;
import fi.hanke.core.programme.ProjectType;
import fi.hanke.core.region.Regions;
import java.time.LocalDate;
import java.util.Collection;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The reference data the checks consult, the same Hanke ships: the programme profile with its dated rates and
 * ceilings, the regions and municipalities, the de minimis regulations.
 */
final class Reference {
  static final ProgrammeProfile PROFILE = Programmes.finland2021to2027();
  static final Regions REGIONS = Regions.finland();
  static final DeMinimisRules DE_MINIMIS = DeMinimisRules.eu();

  private Reference() {}

  /**
   * The date that decides which rates apply to a form, as Hanke's: its aid decision's date, else its received
   * date, else its start; with none stated, the first day of the programme's eligibility (Hanke then uses only
   * values that are the same over the whole programme, which the profile's rates and ceilings are).
   */
  static LocalDate dateOf(ProjectForm p) {
    if (p.getDecision() != null && p.getDecision().getDate() != null) {
      return p.getDecision().getDate();
    }
    if (p.getReceived() != null) {
      return p.getReceived();
    }
    if (p.getStart() != null) {
      return p.getStart();
    }
    return PROFILE.eligibility().start().orElse(LocalDate.of(2021, 1, 1));
  }

  /** The project type that decides the aid ceiling; development unless the placement says otherwise. */
  static ProjectType projectType(ProjectForm p) {
    return p.getPlacement() == null || p.getPlacement().getProjectType() == null
        ? ProjectType.DEVELOPMENT : p.getPlacement().getProjectType();
  }

  /** The values' texts joined by ", ". */
  static <T> String list(Collection<T> values, Function<T, String> text) {
    StringJoiner j = new StringJoiner(", ");
    for (T v : values) {
      j.add(text.apply(v));
    }
    return j.toString();
  }
}

package fi.hanke.validation.programme;

import fi.hanke.core.programme.Programme;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.Set;

/**
 * The document belongs to another programme than the profile's (<i>asiakirja ohjelman ulkopuolelta</i>, sv.
 * <i>dokument utanför programmet</i>): it names a programme ("Kestävää kasvua ja työtä 2014–2020", Interreg, a
 * national grant) that the validator's profile does not describe. The one finding such a document gets: every rule
 * that presumes the profile's law, rates or catalogues declares {@link Fact#IN_PROFILE}, does not run on it, and is
 * listed in the report's coverage as not checkable.
 *
 * <p>INFO, not WARNING: nothing in the document is wrong for being of another programme (a 2014–2020 project in a
 * portfolio, an Interreg application), and the report's coverage already says which rules did not run. A WARNING
 * would count a scope statement among the findings a person must act on. A group's members that name no programme
 * take the plan's and are not reported again; a member that names another programme of its own is.
 *
 * <p>Source: 757/2021 §4(4) (the programme the Act applies to); {@code domain/finnish-rules.md} §4.
 */
public final class OutsideProfile extends Rule {
  /** The rule id. */
  public static final String ID = "PROGRAMME-OUTSIDE-PROFILE";

  /** Creates the rule. */
  public OutsideProfile() {
    super(ID, Severity.INFO, Family.PROGRAMME,
        "The programme the document names is the profile's; a document of another programme is outside the profile"
            + " and no rule that presumes the profile judges it.",
        "finnish-rules.md §4; 757/2021 §4(4)",
        Set.of(Fact.PROGRAMME),
        Argument.of("programme", Programme.class),
        Argument.of("profileProgramme", Programme.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Programme profile = context.profile().programme();
    project.placement().programme().ifPresent(programme -> {
      if (programme != profile) {
        context.report(Path.root().field("placement").field("programme"), "programme", programme,
            "profileProgramme", profile);
      }
    });
  }
}

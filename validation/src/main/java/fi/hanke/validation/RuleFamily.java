package fi.hanke.validation;

import java.util.List;

/**
 * The rules of one family as a service (<i>sääntöryhmän säännöt</i>, sv. <i>regelfamiljens regler</i>): each
 * family package of this module provides one, declared in {@code module-info} ({@code provides}) and in
 * {@code META-INF/services/fi.hanke.validation.RuleFamily}, and {@link RuleCatalogue} finds them through
 * {@link java.util.ServiceLoader}. So the engine's package never names a family's package, while every family
 * names the engine's ({@link Rule}, {@link RuleContext}, …): the dependencies between the packages run one way.
 *
 * <p>A host adds its own rules through {@code Validator.Builder}, not through this service: the catalogue keeps
 * the providers of this module only.
 */
public interface RuleFamily {

  /** @return the family whose rules these are */
  Family family();

  /** @return a new instance of every rule of the family, in catalogue order */
  List<Rule> rules();
}

/**
 * The rule engine (<i>tarkastus</i>, sv. <i>granskning</i>): {@link fi.hanke.validation.Validator},
 * {@link fi.hanke.validation.ValidationReport}, {@link fi.hanke.validation.Violation}, the
 * {@link fi.hanke.validation.Rule} base class and the catalogue of standard rules, with messages in Finnish,
 * Swedish and English. The rules themselves live in one package per family.
 */
package fi.hanke.validation;

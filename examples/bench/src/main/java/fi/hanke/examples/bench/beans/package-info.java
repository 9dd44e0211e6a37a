/**
 * The same checks as Hanke's rules, written the way a Java team would write them without Hanke: plain mutable
 * JavaBeans of an application form (<i>hakemuslomake</i>, sv. <i>ansökningsblankett</i>) with Jakarta Bean
 * Validation constraints, evaluated by Hibernate Validator, for
 * {@link fi.hanke.examples.bench.HibernateComparisonBenchmark}.
 *
 * <p>Field constraints ({@code @NotNull}, {@code @NotBlank}, {@code @Pattern}, {@code @Digits}) check what Hanke's
 * model rejects when a value is built; one class-level constraint per Hanke rule checks the cross-field arithmetic
 * and dates. Each such constraint's message key is the Hanke rule id ({@code {COST-FLAT-RATE-LINE}}), its payload
 * where it is used is the severity (none for ERROR, {@link fi.hanke.examples.bench.beans.Finding.Warning},
 * {@link fi.hanke.examples.bench.beans.Finding.Info}), and it builds the property path of its violation as Hanke's
 * path ({@code fundingPlan.EU_AND_STATE}, {@code workPackages[TP3].periods[0]}); a difference inside the tolerance
 * of 1,00 € uses the key {@code {<id>.withinTolerance}} and counts as INFO, as in Hanke.
 *
 * <p>{@link fi.hanke.examples.bench.beans.ComparedRules} lists the rules covered,
 * {@link fi.hanke.examples.bench.beans.Forms} converts Hanke values to forms,
 * {@link fi.hanke.examples.bench.beans.FormValidation} builds the validator and
 * {@link fi.hanke.examples.bench.beans.Finding} reads its violations back as Hanke's findings. Where a rule needs
 * reference data (the programme profile's dated rates, the regions and municipalities, the de minimis
 * regulations), the validators call the same catalogues Hanke ships, as a team would.
 */
package fi.hanke.examples.bench.beans;

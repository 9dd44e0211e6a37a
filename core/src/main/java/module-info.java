/**
 * Hanke core: the model of EU structural-fund projects as Finland runs them in 2021–2027
 * (<i>Uudistuva ja osaava Suomi 2021–2027</i>, EURA 2021): money, organisations, regions, the programme
 * profile, cost models, cost estimates, funding plans, work packages, de minimis aid, projects and group
 * projects. Nothing here knows that rules exist.
 */
module fi.hanke.core {
  requires static org.immutables.value.annotations;
  requires transitive java.money;
  requires transitive org.javamoney.moneta;
  requires com.fasterxml.jackson.core;

  exports fi.hanke.core;
  exports fi.hanke.core.aid;
  exports fi.hanke.core.cost;
  exports fi.hanke.core.funding;
  exports fi.hanke.core.imports;
  exports fi.hanke.core.json;
  exports fi.hanke.core.money;
  exports fi.hanke.core.org;
  exports fi.hanke.core.programme;
  exports fi.hanke.core.project;
  exports fi.hanke.core.region;
  exports fi.hanke.core.sample;
  exports fi.hanke.core.work;

  // Internal, not API. Exported to the validation module only, whose rules need them:
  // - fi.hanke.core.internal: HankeStyle, the Immutables style of every value type (validation's options too);
  // - fi.hanke.core.internal.money: Total (a mutable running sum) and Numbers (Eur's number handling);
  // - fi.hanke.core.internal.model: Sums, the speed-only twins of the model's sums (decimals, cents).
  exports fi.hanke.core.internal to fi.hanke.validation;
  exports fi.hanke.core.internal.money to fi.hanke.validation;
  exports fi.hanke.core.internal.model to fi.hanke.validation;
}

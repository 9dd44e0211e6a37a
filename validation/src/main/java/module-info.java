/**
 * Hanke validation: the rule engine, the catalogue of the Finland 2021–2027 rules, and messages in Finnish,
 * Swedish and English.
 */
module fi.hanke.validation {
  requires transitive fi.hanke.core;
  requires static org.immutables.value.annotations;
  requires com.fasterxml.jackson.core;

  exports fi.hanke.validation;
  exports fi.hanke.validation.aid;
  exports fi.hanke.validation.assessment;
  exports fi.hanke.validation.cost;
  exports fi.hanke.validation.dates;
  exports fi.hanke.validation.funding;
  exports fi.hanke.validation.group;
  exports fi.hanke.validation.identity;
  exports fi.hanke.validation.programme;
  exports fi.hanke.validation.work;
  // internal: message rendering, figures of partial documents; the seed examples'
  // EURA-style summary formats dates, funds and rates as the messages do; the service lists message templates
  exports fi.hanke.validation.internal to fi.hanke.examples.seeds, fi.hanke.examples.cli;

  // the families register with the catalogue (RuleCatalogue), so that fi.hanke.validation names no family
  // package and the packages have no cycle; also in META-INF/services for the class path
  uses fi.hanke.validation.RuleFamily;
  provides fi.hanke.validation.RuleFamily with
      fi.hanke.validation.identity.IdentityRules,
      fi.hanke.validation.dates.DateRules,
      fi.hanke.validation.cost.CostRules,
      fi.hanke.validation.funding.FundingRules,
      fi.hanke.validation.group.GroupRules,
      fi.hanke.validation.work.WorkRules,
      fi.hanke.validation.programme.ProgrammeRules,
      fi.hanke.validation.assessment.AssessmentRules,
      fi.hanke.validation.aid.AidRules;
}

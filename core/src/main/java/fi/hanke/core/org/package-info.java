/**
 * Organisations (<i>organisaatiot, sv. organisationer</i>) that apply for and carry out projects: the
 * Finnish business id ({@link fi.hanke.core.org.BusinessId}, <i>Y-tunnus</i>), the kind of organisation
 * ({@link fi.hanke.core.org.OrganisationKind}) and the organisation itself
 * ({@link fi.hanke.core.org.Organisation}).
 */
package fi.hanke.core.org;

/**
 * Sample projects (<i>esimerkkihankkeet</i>, sv. <i>exempelprojekt</i>): valid projects and group projects drawn
 * from a seeded random generator, for hosts' tests, demos and load tests. Test support: not for production
 * code (see {@link fi.hanke.core.sample.SampleProjects}).
 */
package fi.hanke.core.sample;

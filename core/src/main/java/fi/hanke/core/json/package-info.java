/**
 * The JSON format of Hanke, {@code hanke/1} (<i>Hanke-JSON-muoto</i>, sv. <i>Hanke-JSON-format</i>), for portals
 * in any language: {@link fi.hanke.core.json.HankeJson} reads and writes projects and group projects, one per
 * document or one per line in JSON Lines, and gives the format's JSON Schema; a bad document is reported as
 * {@link fi.hanke.core.json.JsonProblem}s, all of them in one pass, in one
 * {@link fi.hanke.core.json.HankeJsonException}.
 */
package fi.hanke.core.json;

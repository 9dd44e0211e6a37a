/**
 * Importing documents as people hold them (<i>asiakirjojen tuonti</i>, sv. <i>import av handlingar</i>): a
 * EURA 2021 printout, a regional council's agenda item, a council's minutes or a list of projects, as text,
 * into the model. {@link fi.hanke.core.imports.Importer} reads the text and returns an
 * {@link fi.hanke.core.imports.ImportResult}: the projects read, the layout recognised, the source of every
 * figure (line and columns, so that a finding can quote the document), and notes on what could not be read
 * and what the layout normally holds that the document lacks. The importer never invents a figure.
 */
package fi.hanke.core.imports;

/**
 * The de minimis rules (<i>de minimis -säännöt</i>, sv. <i>regler om stöd av mindre betydelse</i>): the aid
 * of each measure per size class, the companies planned to take part in them, the regulation in force on the
 * grant date, and each planned grant against the company's headroom in a de minimis register.
 */
package fi.hanke.validation.aid;

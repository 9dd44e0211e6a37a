// The page of the Hanke service: plain JavaScript, no build step, no network beyond this service's own API.
// Every figure shown comes from the API (the report, the import, the EURA summary, the pictures); this script
// only lays them out. Texts of the page in Finnish (default), Swedish and English.
"use strict";

const TEXTS = {
  fi: {
    title: "Hanke – hankeasiakirjan tarkistus",
    langLabel: "Kieli",
    inputTitle: "Asiakirja",
    intro: "Valitse tai pudota rahoituspäätös, EURA-tuloste, pöytäkirja tai hanke/1-JSON, tai liitä asiakirjan teksti. Mitään ei tallenneta.",
    fileLabel: "Valitse tiedosto (PDF, teksti tai hanke/1-JSON)",
    dropHint: "…tai pudota tiedosto tähän.",
    pasteLabel: "Tai liitä asiakirjan teksti",
    checkButton: "Tarkista teksti",
    footer: "Hanke tarkistaa asiakirjan ohjelman Uudistuva ja osaava Suomi 2021–2027 sääntöjä vasten. Rajapinnan kuvaus:",
    working: "Tarkistetaan…",
    done: "Valmis.",
    emptyPaste: "Liitä ensin asiakirjan teksti.",
    errorTitle: "Asiakirjaa ei voitu tarkistaa",
    unreachable: "Palveluun ei saatu yhteyttä.",
    readingProblems: "Lukuongelmat",
    line: "rivi",
    column: "sarake",
    summary: "Tiivistelmä",
    findings: "Havainnot",
    noFindings: "Ei havaintoja.",
    counts: "Virheitä {ERROR}, varoituksia {WARNING}, huomioita {INFO}.",
    approvable: "Hyväksyttävissä sellaisenaan: {0}.",
    yes: "kyllä",
    no: "ei",
    figures: "Luvut",
    sources: "Lähde asiakirjassa",
    noSource: "Ei lähderiviä: tieto puuttuu asiakirjasta tai on johdettu.",
    coverage: "Mitä ei voitu tarkistaa",
    allChecked: "Kaikki säännöt, joita asiakirja koskee, voitiin tarkistaa.",
    checked: "Tarkistettuja sääntöjä {0}, ei sovellu {1}.",
    notes: "Tuonnin huomautukset",
    layout: "Asiakirjan tyyppi",
    pictures: "Kuvat",
    notDrawn: "Piirtämättä",
    "funding-plan": "Rahoitussuunnitelma",
    "cost-structure": "Kustannusrakenne",
    timeline: "Työpakettien aikajana",
    document: "Hanke",
    members: "Toteuttajat",
    ERROR: "VIRHE",
    WARNING: "VAROITUS",
    INFO: "HUOMIO",
  },
  sv: {
    title: "Hanke – granskning av projekthandlingar",
    langLabel: "Språk",
    inputTitle: "Handling",
    intro: "Välj eller släpp ett finansieringsbeslut, en EURA-utskrift, ett protokoll eller hanke/1-JSON, eller klistra in handlingens text. Inget sparas.",
    fileLabel: "Välj fil (PDF, text eller hanke/1-JSON)",
    dropHint: "…eller släpp filen här.",
    pasteLabel: "Eller klistra in handlingens text",
    checkButton: "Granska texten",
    footer: "Hanke granskar handlingen mot reglerna för programmet Förnyande och kompetent Finland 2021–2027. Gränssnittet beskrivs i:",
    working: "Granskar…",
    done: "Klart.",
    emptyPaste: "Klistra först in handlingens text.",
    errorTitle: "Handlingen kunde inte granskas",
    unreachable: "Tjänsten kunde inte nås.",
    readingProblems: "Problem vid läsningen",
    line: "rad",
    column: "kolumn",
    summary: "Sammandrag",
    findings: "Iakttagelser",
    noFindings: "Inga iakttagelser.",
    counts: "Fel {ERROR}, varningar {WARNING}, anmärkningar {INFO}.",
    approvable: "Kan godkännas som sådan: {0}.",
    yes: "ja",
    no: "nej",
    figures: "Belopp och uppgifter",
    sources: "Källa i handlingen",
    noSource: "Ingen källrad: uppgiften saknas i handlingen eller är härledd.",
    coverage: "Vad som inte kunde granskas",
    allChecked: "Alla regler som gäller handlingen kunde granskas.",
    checked: "Granskade regler {0}, ej tillämpliga {1}.",
    notes: "Anmärkningar vid inläsningen",
    layout: "Typ av handling",
    pictures: "Bilder",
    notDrawn: "Inte ritade",
    "funding-plan": "Finansieringsplan",
    "cost-structure": "Kostnadsstruktur",
    timeline: "Arbetspaketens tidslinje",
    document: "Projekt",
    members: "Genomförare",
    ERROR: "FEL",
    WARNING: "VARNING",
    INFO: "ANMÄRKNING",
  },
  en: {
    title: "Hanke – checking a project document",
    langLabel: "Language",
    inputTitle: "Document",
    intro: "Choose or drop a funding decision, a EURA printout, minutes or hanke/1 JSON, or paste the document's text. Nothing is stored.",
    fileLabel: "Choose a file (PDF, text or hanke/1 JSON)",
    dropHint: "…or drop the file here.",
    pasteLabel: "Or paste the document's text",
    checkButton: "Check the text",
    footer: "Hanke checks the document against the rules of the programme Innovation and Skills in Finland 2021–2027. The API is described at:",
    working: "Checking…",
    done: "Done.",
    emptyPaste: "Paste the document's text first.",
    errorTitle: "The document could not be checked",
    unreachable: "The service could not be reached.",
    readingProblems: "Reading problems",
    line: "line",
    column: "column",
    summary: "Summary",
    findings: "Findings",
    noFindings: "No findings.",
    counts: "Errors {ERROR}, warnings {WARNING}, notes {INFO}.",
    approvable: "Approvable as it is: {0}.",
    yes: "yes",
    no: "no",
    figures: "Figures",
    sources: "Source in the document",
    noSource: "No source line: the fact is absent from the document or derived.",
    coverage: "What could not be checked",
    allChecked: "Every rule that applies to the document could be checked.",
    checked: "Rules checked {0}, not applicable {1}.",
    notes: "Import notes",
    layout: "Kind of document",
    pictures: "Pictures",
    notDrawn: "Not drawn",
    "funding-plan": "Funding plan",
    "cost-structure": "Cost structure",
    timeline: "Work packages over time",
    document: "Project",
    members: "Members",
    ERROR: "ERROR",
    WARNING: "WARNING",
    INFO: "NOTE",
  },
};

const ICONS = { ERROR: "✖", WARNING: "⚠", INFO: "ℹ" };

let lang = "fi";
let last = null; // the last input, sent again when the language changes: {kind: "json"|"text"|"pdf", body}

function t(key, ...args) {
  let s = TEXTS[lang][key] || TEXTS.fi[key] || key;
  args.forEach((a, i) => { s = s.replace("{" + i + "}", a); });
  return s;
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (k === "class") e.className = v; else e.setAttribute(k, v);
  });
  children.flat(Infinity).forEach(c => { if (c !== null && c !== undefined) e.append(c); });
  return e;
}

function applyTexts() {
  document.documentElement.lang = lang;
  document.querySelectorAll("[data-text]").forEach(e => { e.textContent = t(e.dataset.text); });
}

// --- talking to the API ---

async function call(path, type, body) {
  const response = await fetch(path + "?lang=" + lang, { method: "POST", headers: { "Content-Type": type }, body });
  const json = await response.json();
  if (!response.ok) {
    const error = new Error(json.title);
    error.problem = json;
    throw error;
  }
  return json;
}

async function run(input) {
  last = input;
  const results = document.getElementById("results");
  const status = document.getElementById("status");
  hideError();
  results.replaceChildren();
  status.textContent = t("working");
  try {
    let documents;
    let notes = null;
    if (input.kind === "json") {
      const report = await call("/api/v1/validate", "application/json", input.body);
      documents = [{ json: input.body, report, sources: [] }];
    } else {
      const check = await call("/api/v1/check", input.kind === "pdf" ? "application/pdf" : "text/plain; charset=utf-8", input.body);
      notes = check.import;
      documents = check.documents.map(d => ({ json: JSON.stringify(d.document), report: d.report, sources: d.sources }));
    }
    if (notes) results.append(renderNotes(notes));
    for (const d of documents) {
      const [summary, pictures] = await Promise.all([
        call("/api/v1/summary", "application/json", d.json),
        call("/api/v1/pictures", "application/json", d.json),
      ]);
      results.append(renderDocument(summary, d.report, d.sources, pictures));
    }
    status.textContent = t("done");
  } catch (e) {
    status.textContent = "";
    showError(e);
  }
}

// --- what is shown ---

function hideError() {
  const box = document.getElementById("error");
  box.hidden = true;
  box.replaceChildren();
}

function showError(e) {
  const box = document.getElementById("error");
  box.replaceChildren(el("h2", {}, "✖ " + t("errorTitle")));
  if (e.problem) {
    box.append(el("p", { class: "problem-title" }, e.problem.title), el("p", { class: "problem-detail" }, e.problem.detail));
    if (e.problem.problems && e.problem.problems.length) {
      box.append(el("h3", {}, t("readingProblems")),
        el("ul", {}, e.problem.problems.map(p => el("li", {}, p.message))));
    }
    if (e.problem.import && e.problem.import.notes.length) {
      box.append(el("ul", {}, e.problem.import.notes.map(n => el("li", {}, n.message))));
    }
  } else {
    box.append(el("p", {}, t("unreachable")));
  }
  box.hidden = false;
}

function renderNotes(notes) {
  const section = el("section", { class: "notes", "aria-label": t("notes") }, el("h2", {}, t("notes")),
    el("p", {}, t("layout") + ": " + (notes.layoutName || notes.layout) + (notes.otherProgramme ? " (" + notes.otherProgramme + ")" : "")));
  if (notes.notes.length) {
    section.append(el("ul", {}, notes.notes.map(n =>
      el("li", {}, (n.line ? t("line") + " " + n.line + ": " : "") + n.message))));
  }
  return section;
}

function renderDocument(summary, report, sources, pictures) {
  const article = el("article", { class: "document" }, el("h2", {}, t("document") + ": " + summary.name));
  article.append(renderSummary(summary), renderPictures(pictures), renderFindings(report, sources), renderCoverage(report));
  return article;
}

function renderSummary(summary) {
  const section = el("section", { class: "summary" }, el("h3", {}, t("summary")));
  section.append(el("ul", { class: "heading" }, summary.heading.map(h => el("li", {}, h))));
  for (const table of summary.tables) {
    const head = el("tr", {}, el("th", { scope: "col" }, ""), table.columns.map(c => el("th", { scope: "col", class: "amount" }, c)));
    const rows = table.rows.map(r => r.kind === "HEADING"
      ? el("tr", { class: "heading" }, el("td", { colspan: "4" }, r.label))
      : el("tr", { class: r.kind === "TOTAL" ? "total" : "line" }, el("th", { scope: "row" }, r.label),
          el("td", { class: "amount" }, r.applied), el("td", { class: "amount" }, r.approved), el("td", { class: "amount" }, r.share)));
    section.append(el("table", {}, el("caption", {}, table.title), el("thead", {}, head), el("tbody", {}, rows)));
  }
  if (summary.group && summary.members.length) {
    section.append(el("h4", {}, t("members")), el("ul", {}, summary.members.map(m => el("li", {}, m))));
  }
  return section;
}

function formatValue(v) {
  if (typeof v === "string" && /^-?\d+\.\d{2}$/.test(v)) {
    return new Intl.NumberFormat(lang === "en" ? "en-IE" : lang + "-FI", { style: "currency", currency: "EUR" }).format(Number(v));
  }
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

function renderFindings(report, sources) {
  const section = el("section", { class: "findings" }, el("h3", {}, t("findings")));
  section.append(el("p", { class: "counts" }, t("counts").replace("{ERROR}", report.counts.ERROR)
    .replace("{WARNING}", report.counts.WARNING).replace("{INFO}", report.counts.INFO) + " "
    + t("approvable", report.approvable ? t("yes") : t("no"))));
  if (!report.findings.length) {
    section.append(el("p", {}, t("noFindings")));
    return section;
  }
  const list = el("ul", { class: "findings" });
  report.findings.forEach((f, i) => {
    const args = Object.entries(f.arguments || {});
    const item = el("li", { class: "finding " + f.severity },
      el("p", {}, el("span", { class: "severity" }, ICONS[f.severity] + " " + t(f.severity)),
        el("span", { class: "rule" }, f.ruleId + " · " + (f.path || "–"))),
      el("p", { class: "message" }, f.message));
    if (args.length) {
      item.append(el("dl", { class: "args", "aria-label": t("figures") },
        args.map(([k, v]) => [el("dt", {}, k), el("dd", {}, formatValue(v))])));
    }
    const source = sources && sources[i];
    if (source) {
      if (source.lines.length) {
        item.append(el("p", {}, t("sources") + ":"), el("blockquote", {},
          source.lines.map(l => t("line") + " " + l.line + ": " + l.text.trim()).join("\n")));
      } else {
        item.append(el("p", { class: "hint" }, t("noSource")));
      }
    }
    list.append(item);
  });
  section.append(list);
  return section;
}

function renderCoverage(report) {
  const coverage = report.coverage || { checked: [], notApplicable: [], notCheckable: [] };
  const section = el("section", { class: "coverage" }, el("h3", {}, t("coverage")));
  section.append(el("p", {}, t("checked", coverage.checked.length, coverage.notApplicable.length)));
  if (!coverage.notCheckable.length) {
    section.append(el("p", {}, t("allChecked")));
  } else {
    section.append(el("ul", {}, coverage.notCheckable.map(c => el("li", {}, c.message))));
  }
  return section;
}

function renderPictures(pictures) {
  const section = el("section", { class: "pictures-section" }, el("h3", {}, t("pictures")));
  const row = el("div", { class: "pictures" });
  Object.entries(pictures.pictures).forEach(([key, svg]) => {
    row.append(el("figure", { id: "picture-" + key }, el("figcaption", {}, t(key)),
      el("img", { alt: t(key), src: "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg) })));
  });
  section.append(row);
  if (pictures.notDrawn.length) {
    section.append(el("p", {}, t("notDrawn") + ":"), el("ul", {}, pictures.notDrawn.map(n => el("li", {}, n))));
  }
  return section;
}

// --- input ---

async function readFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const head = new TextDecoder("latin1").decode(bytes.slice(0, 5));
  if (head === "%PDF-") return { kind: "pdf", body: bytes };
  const text = new TextDecoder("utf-8").decode(bytes);
  return { kind: text.trimStart().startsWith("{") ? "json" : "text", body: text };
}

function setUp() {
  const select = document.getElementById("lang");
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked && TEXTS[asked]) lang = asked;
  select.value = lang;
  applyTexts();
  select.addEventListener("change", () => {
    lang = select.value;
    applyTexts();
    if (last) run(last);
  });
  const file = document.getElementById("file");
  file.addEventListener("change", async () => {
    if (file.files.length) run(await readFile(file.files[0]));
  });
  document.getElementById("check").addEventListener("click", () => {
    const text = document.getElementById("paste").value;
    if (!text.trim()) {
      document.getElementById("status").textContent = t("emptyPaste");
      return;
    }
    run({ kind: text.trimStart().startsWith("{") ? "json" : "text", body: text });
  });
  const drop = document.getElementById("drop");
  drop.addEventListener("dragover", e => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", async e => {
    e.preventDefault();
    drop.classList.remove("over");
    if (e.dataTransfer.files.length) run(await readFile(e.dataTransfer.files[0]));
  });
}

document.addEventListener("DOMContentLoaded", setUp);

import { request, getJson } from "./api.js";
import { stackedBars } from "./chart.js";
import { categories, channels, label, month } from "./labels.js";

const el = (id) => document.getElementById(id);

export function startAnalyst() {
  const now = new Date();
  const to = monthValue(now.getFullYear(), now.getMonth());
  const from = monthValue(now.getFullYear(), now.getMonth() - 11);
  el("report-from").value ||= from;
  el("report-to").value ||= to;
  el("report-form").addEventListener("submit", (event) => {
    event.preventDefault();
    loadReport();
  });
  el("report-suppress").addEventListener("change", () => loadReport());
  el("report-csv").addEventListener("click", () => downloadCsv());
}

function monthValue(year, monthIndex) {
  const date = new Date(Date.UTC(year, monthIndex, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

function query(format) {
  const parameters = new URLSearchParams({ from: el("report-from").value, to: el("report-to").value });
  if (el("report-suppress").checked) {
    parameters.set("suppress", "true");
  }
  if (format) {
    parameters.set("format", format);
  }
  return `/api/reports/monthly?${parameters}`;
}

function showError(text) {
  const error = el("report-error");
  error.textContent = text ?? "";
  error.hidden = !text;
}

// Only the latest request's answer is shown: the default months loaded on sign-in may answer after
// the months the analyst asked for next.
let latestReport = 0;

export async function loadReport() {
  if (!el("report-form").reportValidity()) {
    return;
  }
  const thisReport = ++latestReport;
  showError(null);
  el("report-status").textContent = "Loading…";
  try {
    const report = await getJson(query());
    if (thisReport !== latestReport) {
      return;
    }
    render(report);
    el("report-status").textContent = `${month(report.from)} to ${month(report.to)}: ${report.months.length} months.`;
  } catch (error) {
    if (thisReport !== latestReport) {
      return;
    }
    el("report-status").textContent = "";
    showError(error.message);
    el("report-result").hidden = true;
  }
}

// A suppressed count is null in the JSON: shown as "<N", drawn as nothing.
function figure(value, suppressedBelow) {
  if (value === null || value === undefined) {
    return suppressedBelow ? `<${suppressedBelow}` : "–";
  }
  return String(value);
}

function seconds(value) {
  if (value === null || value === undefined) {
    return "–";
  }
  if (value < 60) {
    return `${Math.round(value)} s`;
  }
  if (value < 3600) {
    return `${Math.round(value / 60)} min`;
  }
  return `${(value / 3600).toFixed(1)} h`;
}

function render(report) {
  const channelKeys = Object.keys(channels);
  const categoryKeys = [...new Set(report.months.flatMap((m) => Object.keys(m.byCategory ?? {})))]
    .sort((a, b) => order(categories, a) - order(categories, b));

  const rows = (pick) => report.months.map((m) => ({ key: m.month, label: month(m.month), values: pick(m) }));
  stackedBars(el("chart-channel"), {
    title: "Contacts a month by channel",
    rows: rows((m) => m.byChannel ?? {}),
    series: channelKeys.map((key) => ({ key, label: label(channels, key) })),
  });
  stackedBars(el("chart-category"), {
    title: "Contacts a month by form of exploitation",
    rows: rows((m) => m.byCategory ?? {}),
    series: categoryKeys.map((key) => ({ key, label: label(categories, key) })),
  });

  const suppressed = el("report-suppressed");
  suppressed.hidden = !report.suppressedBelow;
  suppressed.textContent = report.suppressedBelow
    ? `Counts from 1 to ${report.suppressedBelow - 1} are suppressed: shown as "<${report.suppressedBelow}" and left out of the charts.`
    : "";

  const columns = [
    { head: "Contacts", value: (m) => m.contacts },
    ...channelKeys.map((key) => ({ head: label(channels, key), value: (m) => m.byChannel?.[key] })),
    { head: "Calls answered", value: (m) => m.calls?.answered },
    { head: "Calls missed", value: (m) => m.calls?.missed },
    { head: "Voicemails", value: (m) => m.calls?.voicemail },
    ...categoryKeys.map((key) => ({ head: label(categories, key), value: (m) => m.byCategory?.[key] })),
    { head: "Escalations", value: (m) => m.escalations },
    { head: "Median time to acknowledge", value: (m) => m.timeToAcknowledge?.medianSeconds, format: seconds },
  ];

  const headRow = document.createElement("tr");
  headRow.append(th("Month", "col"), ...columns.map((column) => th(column.head, "col")));
  el("report-head").replaceChildren(headRow);

  el("report-rows").replaceChildren(...report.months.map((m) => {
    const tr = document.createElement("tr");
    tr.dataset.month = m.month;
    tr.append(th(month(m.month), "row"), ...columns.map((column) => {
      const td = document.createElement("td");
      const value = column.value(m);
      td.textContent = column.format ? column.format(value) : figure(value, report.suppressedBelow);
      return td;
    }));
    return tr;
  }));
  el("report-result").hidden = false;
}

function order(table, key) {
  const keys = Object.keys(table);
  return keys.includes(key) ? keys.indexOf(key) : keys.length;
}

function th(text, scope) {
  const cell = document.createElement("th");
  cell.scope = scope;
  cell.textContent = text;
  return cell;
}

// A plain link can't carry the bearer token: fetch the CSV, then save the blob.
async function downloadCsv() {
  if (!el("report-form").reportValidity()) {
    return;
  }
  showError(null);
  try {
    const response = await request(query("csv"), { headers: { Accept: "text/csv" } });
    const blob = await response.blob();
    const disposition = response.headers.get("Content-Disposition") ?? "";
    const name = /filename="?([^";]+)"?/.exec(disposition)?.[1]
      ?? `hotline-monthly-${el("report-from").value}-${el("report-to").value}.csv`;
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    el("report-status").textContent = `Downloaded ${name}.`;
  } catch (error) {
    showError(`The CSV could not be downloaded: ${error.message}`);
  }
}

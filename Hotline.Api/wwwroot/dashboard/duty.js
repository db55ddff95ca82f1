import { ApiError, getJson, request } from "./api.js";
import { callerRoles, categories, channels, contactSafety, label, language, time, urgencies, words } from "./labels.js";

const el = (id) => document.getElementById(id);

let me = null;

export function startDuty() {
  el("duty-refresh").addEventListener("click", () => loadDuty());
  el("duty-rows").addEventListener("click", (event) => {
    const button = event.target.closest("button[data-alert]");
    if (button) {
      acknowledge(button);
    }
  });
}

export async function loadDuty() {
  const status = el("duty-status");
  status.textContent = "Loading…";
  try {
    const list = await getJson("/api/duty/contacts");
    me = list.staff;
    render(list);
    status.textContent = `Updated ${time(new Date().toISOString())}.`;
  } catch (error) {
    status.textContent = "";
    showMessage(error.message);
    el("duty-table").hidden = true;
  }
}

function showMessage(text) {
  const message = el("duty-message");
  message.textContent = text ?? "";
  message.hidden = !text;
}

function render(list) {
  showMessage(list.message);
  const rows = el("duty-rows");
  rows.replaceChildren(...list.contacts.map(row));
  el("duty-table").hidden = list.contacts.length === 0;
  if (!list.message && list.contacts.length === 0) {
    showMessage("No contacts have been routed to you in the last 14 days.");
  }
  if (me?.coordinator) {
    el("duty-caption").textContent =
      "Newest first: the contacts sent to you, and as coordinator every alert nobody has acknowledged. No phone numbers or message texts are shown here.";
  }
}

function row(contact) {
  const tr = document.createElement("tr");
  tr.dataset.contact = contact.contactId;
  tr.dataset.alert = contact.alert.id;
  tr.classList.add(`urgency-${contact.triage.urgency}`);
  const th = cell("th", time(contact.receivedAt));
  th.scope = "row";
  tr.append(
    th,
    cell("td", label(channels, contact.channel)),
    cell("td", label(categories, contact.triage.category)),
    cell("td", label(urgencies, contact.triage.urgency), "urgency"),
    cell("td", label(callerRoles, contact.triage.callerRole)),
    cell("td", label(contactSafety, contact.triage.contactSafety), `safety-${contact.triage.contactSafety}`),
    languageCell(contact.triage),
    indicatorsCell(contact.triage.indicators),
    alertCell(contact.alert),
  );
  return tr;
}

function cell(tag, text, className) {
  const element = document.createElement(tag);
  element.textContent = text;
  if (className) {
    element.className = className;
  }
  return element;
}

function languageCell(triage) {
  const td = cell("td", language(triage.language));
  if (triage.interpreterNeeded) {
    const note = document.createElement("span");
    note.className = "tag warn";
    note.textContent = "interpreter needed";
    td.append(" ", note);
  }
  return td;
}

function indicatorsCell(indicators) {
  const td = document.createElement("td");
  if (indicators.length === 0) {
    td.textContent = "–";
    return td;
  }
  const list = document.createElement("ul");
  list.className = "indicators";
  for (const indicator of indicators) {
    const item = document.createElement("li");
    item.textContent = words(indicator);
    list.append(item);
  }
  td.append(list);
  return td;
}

function alertCell(alert) {
  const td = document.createElement("td");
  td.className = "alert";
  if (alert.acknowledgedAt) {
    td.append(acknowledged(alert.acknowledgedBy, alert.acknowledgedAt));
    return td;
  }
  const state = document.createElement("p");
  state.className = "state open";
  state.textContent = alert.closedAt ? "Not acknowledged (escalation ended)" : `Not acknowledged (step ${alert.step + 1})`;
  td.append(state);
  if (alert.sentToMe || me?.coordinator) {
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.alert = alert.id;
    button.textContent = "Acknowledge";
    button.setAttribute("aria-label", `Acknowledge alert ${alert.id}`);
    td.append(button);
  }
  return td;
}

function acknowledged(by, at) {
  const state = document.createElement("p");
  state.className = "state done";
  state.textContent = `Acknowledged by ${who(by)}, ${time(at)}`;
  return state;
}

// acknowledged_by is "user:<login>" (dashboard or API) or "staff:<id>" (an SMS answer).
function who(by) {
  if (!by) {
    return "someone";
  }
  if (by.startsWith("user:")) {
    return by.slice(5);
  }
  if (me && by === `staff:${me.id}`) {
    return "you, by SMS";
  }
  return by.startsWith("staff:") ? "SMS" : by;
}

async function acknowledge(button) {
  const td = button.closest("td");
  button.disabled = true;
  const status = el("duty-status");
  try {
    const response = await request(`/api/alerts/${button.dataset.alert}/acknowledge`, { method: "POST" });
    const result = await response.json();
    td.replaceChildren(acknowledged(result.acknowledgedBy, new Date().toISOString()));
    status.textContent = `Alert ${button.dataset.alert} acknowledged.`;
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      status.textContent = `Alert ${button.dataset.alert} was already acknowledged.`;
      await loadDuty();
      return;
    }
    button.disabled = false;
    status.textContent = `Could not acknowledge alert ${button.dataset.alert}: ${error.message}`;
  }
}

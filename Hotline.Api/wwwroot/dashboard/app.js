import { ApiError, forgetToken, getJson, saveToken, token } from "./api.js";
import { loadDuty, startDuty } from "./duty.js";
import { loadReport, startAnalyst } from "./analyst.js";

const el = (id) => document.getElementById(id);

// The views each role may open. The API checks the roles again on every request: hiding a
// view is for clarity, not for security.
const views = [
  { role: "duty", section: "duty", button: "show-duty", load: loadDuty },
  { role: "analyst", section: "analyst", button: "show-analyst", load: loadReport },
];

function showOnly(id) {
  for (const section of ["sign-in", "no-view", "duty", "analyst"]) {
    el(section).hidden = section !== id;
  }
  for (const view of views) {
    el(view.button).setAttribute("aria-pressed", String(view.section === id));
  }
}

function signInPage(message) {
  el("who").hidden = true;
  el("sign-out").hidden = true;
  el("views").hidden = true;
  const error = el("sign-in-error");
  error.textContent = message ?? "";
  error.hidden = !message;
  showOnly("sign-in");
  el("token").focus();
}

async function start() {
  el("loading").hidden = true;
  if (!token()) {
    signInPage();
    return;
  }

  let me;
  try {
    me = await getJson("/api/me");
  } catch (error) {
    forgetToken();
    signInPage(error instanceof ApiError && error.status === 401
      ? "The token was not accepted: it may have expired, or be meant for another server."
      : `Could not reach the hotline: ${error.message}`);
    return;
  }

  el("who").textContent = `Signed in as ${me.name} (${me.roles.join(", ") || "no roles"})`;
  el("who").hidden = false;
  el("sign-out").hidden = false;

  const allowed = views.filter((view) => me.roles.includes(view.role));
  for (const view of views) {
    el(view.button).hidden = !allowed.includes(view);
  }
  el("views").hidden = allowed.length < 2;
  if (allowed.length === 0) {
    showOnly("no-view");
    return;
  }

  const open = (view) => {
    showOnly(view.section);
    view.load();
  };
  for (const view of allowed) {
    el(view.button).addEventListener("click", () => open(view));
  }
  open(allowed[0]);
}

el("sign-in-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const value = el("token").value.trim().replace(/^Bearer\s+/i, "");
  if (value) {
    saveToken(value);
    el("token").value = "";
    location.reload();
  }
});

el("sign-out").addEventListener("click", () => {
  forgetToken();
  location.reload();
});

startDuty();
startAnalyst();
start();

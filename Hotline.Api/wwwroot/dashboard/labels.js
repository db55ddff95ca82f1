// Readable names for the triage labels (shared/triage/taxonomy.md) and for times.

export const categories = {
  sexual_exploitation: "Sexual exploitation",
  forced_labour: "Forced labour",
  domestic_servitude: "Domestic servitude",
  forced_criminality: "Forced criminality",
  organ_removal: "Organ removal",
  unclear: "Unclear",
  none: "No sign of trafficking",
  untriaged: "Not triaged",
};

export const urgencies = {
  immediate: "Immediate",
  high: "High",
  normal: "Normal",
  low: "Low",
  untriaged: "Not triaged",
};

export const callerRoles = {
  self: "The person concerned",
  third_party: "Someone worried",
  professional: "A professional",
  unknown: "Unknown",
};

export const contactSafety = {
  any: "Call or text",
  text_only: "Text only, do not call",
  no_contact: "Do not contact: the phone is watched",
};

export const channels = { sms: "SMS", voice: "Call" };

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

export function label(table, value) {
  if (value === null || value === undefined) {
    return "–";
  }
  return table[value] ?? words(value);
}

export function language(code) {
  if (!code) {
    return "–";
  }
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function words(id) {
  return String(id).replaceAll("_", " ");
}

const copenhagen = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Copenhagen",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
});

export function time(iso) {
  return iso ? copenhagen.format(new Date(iso)) : "–";
}

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

// "2026-03" → "Mar 2026"
export function month(yyyyMm) {
  const [year, m] = yyyyMm.split("-").map(Number);
  return monthFormat.format(new Date(Date.UTC(year, m - 1, 1)));
}

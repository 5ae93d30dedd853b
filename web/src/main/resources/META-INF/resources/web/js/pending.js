// The figure corrections a clerk made in the draft check. The API takes figure decisions only on
// a submitted version (a draft check stores nothing), so the page keeps them here, in the tab's
// sessionStorage, and records them on the new version through the FigureApi once its figure sheet
// exists (see report.js).
const KEY = 'fazhi.pendingFigures';

function all() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY)) || {};
  } catch (ignored) {
    return {};
  }
}

/** Keeps the corrections [{code, name, value, unit, reason}] for a version just submitted. */
export function keepCorrections(reportId, version, corrections) {
  if (!corrections.length) return;
  const kept = all();
  kept[`${reportId}/${version}`] = corrections;
  sessionStorage.setItem(KEY, JSON.stringify(kept));
}

export function correctionsFor(reportId, version) {
  return all()[`${reportId}/${version}`] || null;
}

export function forgetCorrections(reportId, version) {
  const kept = all();
  delete kept[`${reportId}/${version}`];
  sessionStorage.setItem(KEY, JSON.stringify(kept));
}

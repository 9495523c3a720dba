/**
 * What must be set before Sveltia CMS's module runs (browser.ts imports this module first, and
 * ES modules run in import order). The CMS starts itself unless CMS_MANUAL_INIT is set; the
 * entry registers the site's file format and then starts it.
 * https://sveltiacms.app/en/docs/api/initialization
 */
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
  }
}

window.CMS_MANUAL_INIT = true;

// The interface speaks the browser's language when it has it; the editors' is Swedish, whatever
// their browser says. A language chosen in the interface's settings is kept.
const PREFS = "sveltia-cms.prefs";
try {
  const prefs: unknown = JSON.parse(localStorage.getItem(PREFS) ?? "{}");
  if (prefs !== null && typeof prefs === "object" && !("locale" in prefs))
    localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: "sv" }));
} catch {
  localStorage.setItem(PREFS, JSON.stringify({ locale: "sv" }));
}

export {};

/**
 * Sveltia CMS starts itself as soon as its module runs, unless this flag is set first; the
 * entry (browser.ts) imports this module before the CMS, registers the site's file format, and
 * then starts it. https://sveltiacms.app/en/docs/api/initialization
 */
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
  }
}

window.CMS_MANUAL_INIT = true;

export {};

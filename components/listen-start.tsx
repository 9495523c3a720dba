"use client";

import { useEffect } from "react";

/**
 * Under `next start`: loads the "Lyssna" module (lib/speech/browser.ts) as its own chunk. The
 * static export has no React; there scripts/strip-framework.ts loads the same module.
 */
export function ListenStart() {
  useEffect(() => {
    const control = document.querySelector<HTMLElement>("[data-listen]");
    const main = document.querySelector<HTMLElement>("main");
    if (control && main && control.hidden)
      void import("@/lib/speech/browser").then(({ startListen }) => startListen(control, main));
  }, []);
  return null;
}

"use client";

import { useSyncExternalStore } from "react";

/**
 * The visitor's current time, updated every minute; null while the server renders and during
 * hydration, so the server's HTML (which cannot know the visitor's day) is what is hydrated.
 */
const MINUTE = 60_000;
let now: Date | null = null;

function subscribe(onChange: () => void): () => void {
  now = new Date();
  onChange();
  const timer = setInterval(() => {
    now = new Date();
    onChange();
  }, MINUTE);
  return () => clearInterval(timer);
}

export function useNow(): Date | null {
  return useSyncExternalStore(
    subscribe,
    () => now,
    () => null,
  );
}

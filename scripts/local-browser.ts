/**
 * What the browser tests, the planted-file test and the benchmark share: Debian's Chromium with
 * the flags that keep it off the network (this machine has none), and a wait for a local server.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Resolves once `url` answers 2xx; throws after about 30 seconds. */
export async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    const up = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

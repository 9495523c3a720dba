import { spawn } from "node:child_process";
import net from "node:net";

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

/** A TCP port on loopback that nothing listens on now, from the operating system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A server started in a process group of its own, and how to end it. */
export interface LocalServer {
  origin: string;
  /** Ends the whole process group and resolves once the server process has exited. */
  stop(): Promise<void>;
}

/**
 * Starts `command` with `{port}` in its arguments replaced by a free port (or `options.port`,
 * for a build that had to know its address beforehand), and resolves once
 * `origin + readyPath` answers. `stop()` sends SIGTERM to the process group, SIGKILL after
 * 10 s, and waits for the exit, so a folder the server writes into can be removed after it.
 */
export async function startServer(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; readyPath?: string; port?: number },
): Promise<LocalServer> {
  const port = options.port ?? (await freePort());
  const child = spawn(
    command,
    args.map((arg) => arg.replaceAll("{port}", String(port))),
    { cwd: options.cwd, env: options.env, stdio: "ignore", detached: true },
  );
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch (error) {
      // ESRCH: the group is gone already.
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
  };
  const stop = async () => {
    if (child.pid === undefined) return;
    signal("SIGTERM");
    const killer = setTimeout(() => signal("SIGKILL"), 10_000);
    await exited;
    clearTimeout(killer);
    // The group's other processes (workers of next) get the same signal; wait for them too.
    for (let attempt = 0; attempt < 100 && groupAlive(child.pid); attempt++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    signal("SIGKILL");
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([
      waitForServer(origin + (options.readyPath ?? "/")),
      exited.then(() => {
        throw new Error(`${command} ${args.join(" ")} exited before it answered`);
      }),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { PROJECT_ROOT } from "./fixtures";

/**
 * nginx with one of the shipped site files (deploy/), on loopback, for unit tests: its own
 * prefix folder, free ports, in the foreground, and stopped by waiting for its exit. It is
 * the same wrapper scripts/serve-export.sh writes for the browser tests.
 */
const NGINX = fs.existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";

/** A port nobody listens on now, from the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A shipped file with some of its lines replaced: each `from` must be a whole line of the
 * file, so a change to the file that a test depends on fails loudly here.
 */
export function shippedConf(file: string, replace: Record<string, string>): string {
  const lines = fs.readFileSync(path.join(PROJECT_ROOT, "deploy", file), "utf8").split("\n");
  for (const [from, to] of Object.entries(replace)) {
    const index = lines.indexOf(from);
    if (index === -1) throw new Error(`deploy/${file} has no line ${JSON.stringify(from)}`);
    lines[index] = to;
  }
  return lines.join("\n");
}

export interface RunningNginx {
  /** Stops nginx and waits until it and its worker have exited. */
  stop(): Promise<void>;
}

/** Can a TCP connection be made to the port now? */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Runs nginx with `site` (http-level configuration, like deploy/nginx.conf) from the folder
 * `dir`, which must exist and is nginx's prefix. Resolves once every port in `ports` accepts
 * connections; rejects with nginx's own words if it stops first or is not up within 10 s.
 */
export async function startNginx(
  dir: string,
  site: string,
  ports: readonly number[],
): Promise<RunningNginx> {
  fs.writeFileSync(path.join(dir, "site.conf"), site);
  // Includes are read relative to the main file's folder, as under /etc/nginx.
  fs.symlinkSync(path.join(PROJECT_ROOT, "deploy/run-site"), path.join(dir, "run-site"));
  const temp = ["body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((name) => `    ${name === "body" ? "client_body" : name}_temp_path ${dir}/${name};`)
    .join("\n");
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
${temp}
    include site.conf;
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf")], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));

  const deadline = Date.now() + 10_000;
  for (;;) {
    if (gone) throw new Error(`nginx stopped: ${stderr}`);
    const up = await Promise.all(ports.map(listening));
    if (up.every(Boolean)) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      await exited;
      throw new Error(`nginx did not start within 10 s: ${stderr}`);
    }
    // Poll again on the next turn of the event loop, after a short wait for nginx to bind.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    async stop() {
      if (!gone) child.kill("SIGTERM");
      await exited;
    },
  };
}

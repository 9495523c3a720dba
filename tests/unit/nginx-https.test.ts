import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security";
import { freePort, shippedConf, startNginx, type RunningNginx } from "../helpers/nginx";

/**
 * deploy/nginx-https.conf as shipped, with only its ports, certificate and root changed: a
 * throwaway certificate (openssl) on loopback, and a small folder shaped like the export.
 */
const NAME = "run.example.se";
let dir: string;
let nginx: RunningNginx | undefined;
let httpPort: number;
let httpsPort: number;
let cert: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "run-https-"));
  // nginx's workers run as another user when the tests run as root: they must read the site.
  fs.chmodSync(dir, 0o755);
  const site = path.join(dir, "out");
  fs.mkdirSync(path.join(site, "_next/static"), { recursive: true });
  fs.writeFileSync(path.join(site, "index.html"), "<!doctype html><title>Start</title>");
  fs.writeFileSync(path.join(site, "404.html"), "<!doctype html><title>Sidan finns inte</title>");
  fs.writeFileSync(path.join(site, "sok.html"), "<!doctype html><title>Sök</title>");
  fs.writeFileSync(path.join(site, "_next/static/a1.css"), "body{margin:0}");
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"],
      ...["-nodes", "-days", "1", "-subj", `/CN=${NAME}`, "-addext", `subjectAltName=DNS:${NAME}`],
      ...["-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")],
    ],
    { stdio: "ignore" },
  );
  cert = fs.readFileSync(path.join(dir, "cert.pem"), "utf8");
  httpPort = await freePort();
  httpsPort = await freePort();
  const conf = shippedConf("nginx-https.conf", {
    "    listen 80;": `    listen 127.0.0.1:${httpPort};`,
    "    listen [::]:80;": "",
    "    listen 443 ssl http2;": `    listen 127.0.0.1:${httpsPort} ssl http2;`,
    "    listen [::]:443 ssl http2;": "",
    "    ssl_certificate /etc/letsencrypt/live/run.example.se/fullchain.pem;": `    ssl_certificate ${dir}/cert.pem;`,
    "    ssl_certificate_key /etc/letsencrypt/live/run.example.se/privkey.pem;": `    ssl_certificate_key ${dir}/key.pem;`,
    "    root /var/www/run/current;": `    root ${site};`,
  });
  nginx = await startNginx(dir, conf, [httpPort, httpsPort]);
});

afterAll(async () => {
  await nginx?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
}

/** Sends a request and resolves with its status and headers once the answer has been read. */
function answer(send: (done: (response: http.IncomingMessage) => void) => http.ClientRequest) {
  return new Promise<Answer>((resolve, reject) => {
    const request = send((response) => {
      response.resume();
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers }),
      );
    });
    request.on("error", reject);
    request.end();
  });
}

function plain(method: string, target: string): Promise<Answer> {
  return answer((done) =>
    http.request(
      { host: "127.0.0.1", port: httpPort, method, path: target, headers: { host: NAME } },
      done,
    ),
  );
}

function secure(target: string): Promise<Answer> {
  return answer((done) =>
    https.request(
      {
        host: "127.0.0.1",
        port: httpsPort,
        path: target,
        servername: NAME,
        headers: { host: NAME },
        ca: cert,
      },
      done,
    ),
  );
}

/** The TLS version and application protocol a handshake agrees on, or the error. */
function handshake(options: tls.ConnectionOptions): Promise<string> {
  return new Promise((resolve) => {
    const socket = tls.connect({
      host: "127.0.0.1",
      port: httpsPort,
      servername: NAME,
      ca: cert,
      ...options,
    });
    socket.once("secureConnect", () => {
      resolve(`${socket.getProtocol()} ${socket.alpnProtocol || "-"}`);
      socket.destroy();
    });
    socket.once("error", () => resolve("refused"));
  });
}

describe("deploy/nginx-https.conf", () => {
  it("answers every plain-HTTP request with a 301 to the same address over https://", async () => {
    for (const [method, target] of [
      ["GET", "/"],
      ["GET", "/moten?grupp=ledningsgruppen"],
      ["HEAD", "/finns-inte"],
      ["POST", "/sok"],
    ] as const) {
      const answer = await plain(method, target);
      expect(answer.status, `${method} ${target}`).toBe(301);
      expect(answer.headers.location).toBe(`https://${NAME}${target}`);
    }
  });

  it("serves the site over TLS 1.2 and 1.3 only, with HTTP/2 offered", async () => {
    expect(await handshake({ ALPNProtocols: ["h2", "http/1.1"] })).toBe("TLSv1.3 h2");
    expect(await handshake({ maxVersion: "TLSv1.2" })).toBe("TLSv1.2 -");
    expect(
      await handshake({
        maxVersion: "TLSv1.1",
        minVersion: "TLSv1",
        ciphers: "DEFAULT@SECLEVEL=0",
      }),
    ).toBe("refused");
  });

  it("sends lib/security.ts's headers on https://, HSTS among them", async () => {
    const expected = (wasm: boolean) =>
      Object.fromEntries(
        securityHeaders({ staticExport: true, wasm }).map(({ key, value }) => [
          key.toLowerCase(),
          value,
        ]),
      );
    for (const [target, status, wasm] of [
      ["/", 200, false],
      ["/_next/static/a1.css", 200, false],
      ["/sok", 200, true],
      ["/finns-inte", 404, false],
    ] as const) {
      const answer = await secure(target);
      expect(answer.status, target).toBe(status);
      expect(answer.headers, target).toMatchObject(expected(wasm));
    }
    expect((await secure("/sok")).headers["content-security-policy"]).toBe(
      contentSecurityPolicy({ staticExport: true, wasm: true }),
    );
    expect((await secure("/")).headers["strict-transport-security"]).toBe(
      "max-age=31536000; includeSubDomains",
    );
  });
});

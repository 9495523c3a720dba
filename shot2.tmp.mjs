import { chromium } from "@playwright/test";
const [url, out, w, h, sel] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.goto(url); await page.waitForTimeout(500);
await page.locator(sel).first().screenshot({ path: out });
await browser.close();

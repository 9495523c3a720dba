import { chromium } from "@playwright/test";
const [url, out, w, h, js] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
const page = await browser.newPage({ viewport: { width: Number(w||1280), height: Number(h||900) }, javaScriptEnabled: js !== "nojs" });
await page.goto(url); await page.waitForTimeout(2500);
await page.screenshot({ path: out, fullPage: true });
console.log((await page.locator("body").innerText()).slice(0, 600));
await browser.close();

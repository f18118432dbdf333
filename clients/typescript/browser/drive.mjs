// Drives the command-room page (src/browser-app.ts) in a real headless Chromium, as a person would:
// the page is served from its own origin (http://localhost:5173), the user logs in on Keycloak's own
// form, the page does its work through the gateway. Prints one JSON line with what happened: the
// page's results, every CORS preflight with its answer, whether another origin was refused, and the
// screenshots written. Run by system-tests' BrowserIT; settings come from the environment.
import { createServer } from "node:http";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import puppeteer from "puppeteer-core";

const env = (name, fallback) => process.env[name] ?? fallback;
const port = Number(env("PAGE_PORT", "5173"));
const gateway = env("GATEWAY", "http://localhost:8080");
const keycloak = env("KEYCLOAK", "http://localhost:8180");
const shots = env("SCREENSHOTS", "target/screenshots");
mkdirSync(shots, { recursive: true });

const files = {
  "/": ["browser/index.html", "text/html; charset=utf-8"],
  "/app.js": ["target/browser/app.js", "text/javascript; charset=utf-8"],
  "/blank.html": [null, "text/html; charset=utf-8"],
};
const server = createServer((request, response) => {
  const [file, type] = files[new URL(request.url, "http://page").pathname] ?? [];
  if (type === undefined) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "Content-Type": type }).end(file === null ? "<!doctype html><title>-</title>" : readFileSync(file));
});
await new Promise((ready) => server.listen(port, "127.0.0.1", ready));

const browser = await puppeteer.launch({
  executablePath: env("CHROMIUM", "/usr/bin/chromium"),
  headless: true,
  args: ["--no-sandbox", "--lang=zh-CN", "--accept-lang=zh-CN,zh"],
});
const outcome = { preflights: [], screenshots: [] };
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 700 });
  page.on("response", (answer) => {
    if (answer.request().method() === "OPTIONS") {
      outcome.preflights.push({
        url: answer.url().replace(/\?.*/, ""),
        status: answer.status(),
        allowOrigin: answer.headers()["access-control-allow-origin"] ?? null,
      });
    }
  });
  const settings = new URLSearchParams({
    gateway,
    keycloak,
    resident: env("RESIDENT", ""),
    community: env("COMMUNITY", "wanyuan"),
  });
  await page.goto(`http://localhost:${port}/?${settings}`);
  await page.waitForSelector("#username", { timeout: 30000 });
  outcome.loginPage = { url: page.url().replace(/\?.*/, ""), lang: await page.$eval("html", (html) => html.lang) };
  await shot(page, "1-keycloak-login.png");
  await page.type("#username", env("USERNAME", "officer"));
  await page.type("#password", env("PASSWORD", "demo"));
  await Promise.all([page.waitForNavigation(), page.click("#kc-login")]);
  await page.waitForFunction(() => window.fengqiaoResults !== undefined, { timeout: 60000 });
  outcome.results = await page.evaluate(() => window.fengqiaoResults);
  outcome.steps = await page.$$eval("#steps li", (items) => items.map((item) => item.textContent));
  await shot(page, "2-command-room.png");

  // the same page from an origin the gateway does not know: the browser must refuse it the answer
  const stranger = await browser.newPage();
  await stranger.goto(`http://127.0.0.1:${port}/blank.html`);
  outcome.unknownOrigin = await stranger.evaluate(async (api) => {
    try {
      await fetch(`${api}/api/incidents`, { headers: { Authorization: "Bearer not-a-token" } });
      return "answered";
    } catch {
      return "refused";
    }
  }, gateway);
} catch (failure) {
  outcome.failure = String(failure);
} finally {
  console.log(JSON.stringify(outcome));
  await browser.close();
  server.close();
}

async function shot(page, name) {
  const path = join(shots, name);
  await page.screenshot({ path, fullPage: true });
  outcome.screenshots.push(path);
}

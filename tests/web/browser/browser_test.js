// Browser test of the newsweb search page in headless Chromium (the Debian package, driven by
// playwright-core). It indexes the seed articles plus tests/web/fixtures/extra.jsonl (Chinese,
// Arabic and a script-injection payload), starts newsweb on a free loopback port and walks
// through what a reader does: search, facets, pages, an article, CJK and Arabic queries.
//
// Environment: NEWS_BIN_DIR (newsindex, newsweb), NEWS_SOURCE_DIR, NEWS_BUILD_DIR (screenshots
// go to NEWS_BUILD_DIR/screenshots), CHROMIUM (default /usr/bin/chromium).
// Exit status: 0 passed, 1 failed, 77 skipped (no Chromium or no node_modules).
"use strict";

const assert = require("node:assert/strict");
const { spawn, execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const readline = require("node:readline");

const SKIP = 77;
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
const sourceDir = process.env.NEWS_SOURCE_DIR || path.resolve(__dirname, "../../..");
const binDir = process.env.NEWS_BIN_DIR || path.join(sourceDir, "build", "bin");
const buildDir = process.env.NEWS_BUILD_DIR || path.join(sourceDir, "build");
const screenshotDir = path.join(buildDir, "screenshots");

let playwright;
try {
  playwright = require("playwright-core");
} catch (e) {
  console.log("SKIP: playwright-core is not installed (run npm install in tests/web/browser)");
  process.exit(SKIP);
}
if (!fs.existsSync(chromiumPath)) {
  console.log(`SKIP: no Chromium at ${chromiumPath} (apt-get install chromium)`);
  process.exit(SKIP);
}

// --- a tiny test runner: named steps, counted, the first failure stops the run -------------

let passed = 0;
async function step(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok ${passed} - ${name}`);
  } catch (e) {
    e.step = name;
    throw e;
  }
}

// --- the server ----------------------------------------------------------------------------

function buildDatabase(dir) {
  const db = path.join(dir, "db");
  const inputs = [path.join(sourceDir, "samples", "seeds"), path.join(sourceDir, "tests", "web", "fixtures", "extra.jsonl")];
  execFileSync(path.join(binDir, "newsindex"), ["--db", db, "--quiet", ...inputs], { stdio: ["ignore", "ignore", "inherit"] });
  return db;
}

// Starts newsweb on port 0 and resolves with its URL once it prints the "serving" line.
function startServer(db, logFile) {
  const args = ["--db", db, "--port", "0", "--page-size", "2", "--threads", "4"];
  const child = spawn(path.join(binDir, "newsweb"), args, { stdio: ["ignore", "pipe", fs.openSync(logFile, "w")] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("newsweb did not start within 20 s")), 20000);
    child.on("exit", (code) => reject(new Error(`newsweb exited with ${code}; see ${logFile}`)));
    readline.createInterface({ input: child.stdout }).on("line", (line) => {
      const m = /^newsweb: serving (\d+) articles at (http:\/\/\S+)$/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[2], articles: Number(m[1]) });
      }
    });
  });
}

// --- helpers on the page -----------------------------------------------------------------

async function search(page, query) {
  await page.fill("#q", query);
  await Promise.all([page.waitForNavigation(), page.press("#q", "Enter")]);
}

const hitIds = (page) => page.$$eval("li.hit", (hits) => hits.map((h) => h.dataset.id));
const hitLangs = (page) => page.$$eval("li.hit", (hits) => hits.map((h) => h.lang));
const markTexts = (page, selector) => page.$$eval(selector, (marks) => marks.map((m) => m.textContent));

async function shot(page, name) {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

async function main() {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const scratchRoot = fs.existsSync(buildDir) ? path.join(buildDir, "test-scratch") : os.tmpdir();
  fs.mkdirSync(scratchRoot, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(scratchRoot, "browser-test-"));
  const db = buildDatabase(scratch);
  const server = await startServer(db, path.join(scratch, "newsweb.log"));
  process.on("exit", () => server.child.kill("SIGTERM"));  // also when a step failed
  const base = server.url;
  const profiles = [];
  const profile = () => {
    const dir = fs.mkdtempSync(path.join(scratch, "profile-"));
    profiles.push(dir);
    return dir;
  };
  const launchOptions = (extra) => ({
    executablePath: chromiumPath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1280, height: 900 },
    ...extra,
  });

  // A fresh profile per run (launchPersistentContext passes it as --user-data-dir).
  const context = await playwright.chromium.launchPersistentContext(profile(), launchOptions({}));
  const page = context.pages()[0] || (await context.newPage());
  const dialogs = [];
  const consoleErrors = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${message.text()} at ${message.location().url}`);
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));

  try {
    await step("front page loads with a focused search box", async () => {
      const response = await page.goto(base);
      assert.equal(response.status(), 200);
      assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), "q");
      assert.equal(await page.getAttribute("html", "lang"), "en");
      assert.match(await page.textContent("main.intro"), new RegExp(`Search ${server.articles} news articles`));
      const csp = response.headers()["content-security-policy"];
      assert.match(csp, /default-src 'self'/);
      await shot(page, "01-home");
    });

    let firstPage;
    await step("typing a query and pressing Enter shows highlighted results", async () => {
      await search(page, "secretary general");
      assert.match(page.url(), /\?q=secretary(%20|\+)general/);
      firstPage = await hitIds(page);
      assert.equal(firstPage.length, 2, "two results a page (--page-size 2)");
      assert.equal(firstPage[0], "000_cee87e1c9373ec3f");
      const marks = await markTexts(page, "li.hit mark");
      assert.ok(marks.length >= 2, `marks: ${marks}`);
      for (const m of marks) assert.match(m, /^(secretar(y|ies)|generals?)$/i);
      // The count line says what the API says for the same search ("About" when estimated).
      const api = await (await page.request.get(`${base}api/search?q=secretary%20general&limit=2`)).json();
      const expected = `${api.total.exact ? "" : "About "}${api.total.estimated} results`;
      assert.ok((await page.textContent(".summary .count")).startsWith(expected), expected);
      assert.deepEqual(api.results.map((r) => r.id), firstPage);
      assert.equal(await page.inputValue("#q"), "secretary general");
      await shot(page, "02-results-desktop");
    });

    await step("the facets sit in a sidebar left of the results on a desktop", async () => {
      const aside = await page.locator("aside.filters").boundingBox();
      const results = await page.locator("main.results").boundingBox();
      assert.ok(aside.x + aside.width <= results.x, `aside ${JSON.stringify(aside)} results ${JSON.stringify(results)}`);
    });

    await step("Next goes to page 2 with the next results", async () => {
      await Promise.all([page.waitForNavigation(), page.click("nav.pagination a[rel=next]")]);
      assert.match(page.url(), /page=2/);
      const second = await hitIds(page);
      assert.equal(second.length, 2);
      for (const id of second) assert.ok(!firstPage.includes(id), `${id} was on page 1 too`);
      assert.equal(await page.getAttribute("ol.hits", "start"), "3");
      assert.equal(await page.textContent("nav.pagination [aria-current=page]"), "2");
      await Promise.all([page.waitForNavigation(), page.click("nav.pagination a[rel=prev]")]);
      assert.deepEqual(await hitIds(page), firstPage);
    });

    await step("a language facet filters the results and can be removed", async () => {
      await search(page, "secretary OR 秘书长 OR الأمين");
      const langs = await hitLangs(page);
      assert.ok(langs.includes("zh-Hans") && langs.includes("en"), `languages before: ${langs}`);
      await Promise.all([page.waitForNavigation(), page.click('aside a[data-facet="lang"][data-value="zh-Hans"]')]);
      assert.match(page.url(), /lang=zh-Hans/);
      assert.deepEqual(await hitLangs(page), ["zh-Hans"]);
      assert.match(await page.textContent(".summary .count"), /^1 result\b/);
      assert.match(await page.textContent("ul.active-filters"), /Language: Chinese/);
      await shot(page, "03-language-filter");
      await Promise.all([page.waitForNavigation(), page.click("ul.active-filters li:first-child a")]);
      assert.doesNotMatch(page.url(), /lang=/);
      assert.equal((await hitIds(page)).length, 2);
    });

    await step("a date range limits the results to it", async () => {
      await page.fill('input[name="from"]', "2019-01-01");
      await page.fill('input[name="to"]', "2019-12-31");
      await Promise.all([page.waitForNavigation(), page.click("form.date-range button")]);
      assert.match(page.url(), /from=2019-01-01/);
      const dates = await page.$$eval("li.hit time", (t) => t.map((x) => x.getAttribute("datetime")));
      assert.ok(dates.length > 0);
      for (const d of dates) assert.ok(d >= "2019-01-01" && d <= "2019-12-31", d);
    });

    await step("sorting by newest orders results by date", async () => {
      await page.goto(`${base}?q=secretary&sort=newest&limit=10`);
      const dates = await page.$$eval("li.hit time", (t) => t.map((x) => x.getAttribute("datetime")));
      assert.ok(dates.length >= 3);
      assert.deepEqual(dates, [...dates].sort().reverse());
    });

    await step("a Chinese query highlights the Chinese word", async () => {
      await page.goto(base);
      await search(page, "秘书长");
      const ids = await hitIds(page);
      assert.ok(ids.includes("web-zh-1"), `results: ${ids}`);
      const marks = await markTexts(page, 'li.hit[data-id="web-zh-1"] mark');
      assert.ok(marks.length >= 1 && marks.every((m) => m === "秘书长"), `marks: ${marks}`);
      await shot(page, "04-chinese");
    });

    await step("the article page shows the whole article with the query marked", async () => {
      await Promise.all([page.waitForNavigation(), page.click('li.hit[data-id="web-zh-1"] a.stored')]);
      assert.match(page.url(), /\/doc\/web-zh-1\?q=/);
      assert.equal(await page.textContent("main.doc h1"), "上海合作组织秘书长会见各国记者");
      assert.equal(await page.locator(".doc-body p").count(), 3);
      const marks = await markTexts(page, ".doc-body mark");
      assert.deepEqual(marks, ["秘书长", "秘书长"]);
      assert.equal(await page.getAttribute("main.doc article", "lang"), "zh-Hans");
      await shot(page, "05-article");
    });

    await step("an Arabic result is laid out right to left", async () => {
      await page.goto(base);
      await search(page, "الأمين العام");
      const hit = page.locator('li.hit[data-id="web-ar-1"]');
      assert.equal(await hit.getAttribute("lang"), "ar");
      assert.equal(await hit.evaluate((el) => getComputedStyle(el).direction), "rtl");
      assert.equal(await hit.locator(".hit-snippet").evaluate((el) => getComputedStyle(el).direction), "rtl");
      const english = await page.evaluate(() => document.querySelector("header") && getComputedStyle(document.body).direction);
      assert.equal(english, "ltr");
      assert.deepEqual(await markTexts(page, 'li.hit[data-id="web-ar-1"] .hit-snippet mark'), ["الأمين", "العام"]);
      await shot(page, "06-arabic");
    });

    await step("the injected markup shows as text and never runs", async () => {
      await page.goto(`${base}?q=secretariat`);
      const hit = page.locator('li.hit[data-id="web-xss-1"]');
      assert.match(await hit.locator(".hit-title").innerText(), /<script>alert\(1\)<\/script>/);
      assert.match(await hit.locator(".hit-snippet").innerText(), /"><img src=x onerror=alert\(1\)>/);
      assert.equal(await page.locator("main img, main script").count(), 0);
      // Its javascript: URL must not become the title link.
      assert.match(await hit.locator(".hit-title a").getAttribute("href"), /^\/doc\/web-xss-1/);
      await shot(page, "07-xss-results");
      await Promise.all([page.waitForNavigation(), hit.locator(".hit-title a").click()]);
      assert.match(await page.textContent("main.doc h1"), /<script>alert\(1\)<\/script>/);
      assert.equal(await page.locator("main img, main script, a[href^='javascript']").count(), 0);
      await page.waitForTimeout(300);
      assert.deepEqual(dialogs, [], "no alert() ran");
      await shot(page, "08-xss-article");
    });

    await step("an unknown article gives the 404 page", async () => {
      const response = await page.goto(`${base}doc/no-such-article`);
      assert.equal(response.status(), 404);
      assert.match(await page.textContent("main h1"), /Article not found/);
    });

    await step("on a phone the page fits the width and the filters stack above the results", async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${base}?q=secretary+OR+${encodeURIComponent("秘书长")}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
      const aside = await page.locator("aside.filters").boundingBox();
      const results = await page.locator("main.results").boundingBox();
      assert.ok(aside.y + aside.height <= results.y + 1, "filters above the results");
      await shot(page, "09-results-phone");
      await page.goto(`${base}doc/web-ar-1?q=${encodeURIComponent("الأمين")}`);
      await shot(page, "10-article-phone-arabic");
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    await step("no script errors or policy violations were reported", async () => {
      // The one expected error: the 404 status of the unknown-article step.
      assert.deepEqual(consoleErrors.filter((e) => !/status of 404 .* at .*\/doc\/no-such-article$/.test(e)), []);
    });
  } catch (e) {
    await shot(page, "failure").catch(() => {});
    throw e;
  } finally {
    await context.close();
  }

  // The page must work without JavaScript: GET forms and links only.
  const noScript = await playwright.chromium.launchPersistentContext(profile(), launchOptions({ javaScriptEnabled: false }));
  try {
    const p = noScript.pages()[0] || (await noScript.newPage());
    await step("without JavaScript the search form and links still work", async () => {
      await p.goto(base);
      await p.fill("#q", "secretary");
      await Promise.all([p.waitForNavigation(), p.click(".search-form button")]);
      assert.ok((await hitIds(p)).length > 0);
      await Promise.all([p.waitForNavigation(), p.click("nav.pagination a[rel=next]")]);
      assert.match(p.url(), /page=2/);
    });
  } finally {
    await noScript.close();
  }
  for (const dir of profiles) fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(scratch, { recursive: true, force: true });
}

main().then(
  () => {
    console.log(`${passed} passed, 0 failed`);
    console.log(`screenshots in ${screenshotDir}`);
    process.exit(0);
  },
  (e) => {
    console.error(`not ok - ${e.step || "setup"}: ${e.stack || e}`);
    console.log(`${passed} passed, 1 failed`);
    process.exit(1);
  },
);

import { expect, test } from "@playwright/test";
import { sitemapPaths } from "./helpers";

const MUNICIPALITIES = [
  "Örnsköldsvik",
  "Sollefteå",
  "Kramfors",
  "Härnösand",
  "Timrå",
  "Sundsvall",
  "Ånge",
  "Härjedalen",
  "Berg",
  "Åre",
  "Krokom",
  "Strömsund",
  "Östersund",
  "Ragunda",
  "Bräcke",
  "Ljusdal",
  "Söderhamn",
  "Hudiksvall",
  "Nordanstig",
];

const LEADERSHIP = [
  "Lena Boström",
  "Kristina Rastbäck",
  "Eva Fors",
  "Carina Nilsson",
  "Magdalena Risselborn",
  "Stefan Paulsson",
  "Maria Grundel",
  "Lena Ivarsson",
  "Magnus Oskarsson",
  "Helena S Andersson",
  "Gunnar Berg",
];

test.describe("every address", () => {
  test("the sitemap lists every page", async ({ request }) => {
    expect((await sitemapPaths(request)).sort()).toEqual(
      [
        "/",
        "/om-run",
        "/om-run/organisation",
        "/om-run/medlemmar",
        "/om-run/ledningsgrupp",
        "/om-run/dokument",
        "/natverk",
        "/natverk/operativa-utvecklingsnatverk",
        "/natverk/regionalt-ikt-natverk",
        "/moten",
        "/tillganglighet",
      ].sort(),
    );
  });

  test("every page answers 200 with one h1, a unique title and description", async ({
    request,
  }) => {
    const titles = new Set<string>();
    const descriptions = new Set<string>();
    for (const path of await sitemapPaths(request)) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(html.match(/<h1[ >]/g), path).toHaveLength(1);
      expect(html, path).toContain('<html lang="sv"');
      expect(html, path).toContain("Senast uppdaterad");
      expect(html, path).toMatch(/<link rel="canonical" href="[^"]+"/);
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
      const description = /<meta name="description" content="([^"]+)"/.exec(html)?.[1];
      expect(title && !titles.has(title), `${path}: ${title}`).toBeTruthy();
      expect(description && !descriptions.has(description), `${path}: ${description}`).toBeTruthy();
      titles.add(title!);
      descriptions.add(description!);
    }
  });

  test("the members page names all 19 municipalities and the university, by county", async ({
    request,
  }) => {
    const html = await (await request.get("/om-run/medlemmar")).text();
    for (const name of MUNICIPALITIES) expect(html, name).toContain(`<li>${name}</li>`);
    expect(html).toContain("Lärarutbildningen vid Mittuniversitetet");
    expect(html).toContain("RUN har 20 medlemmar: 19 kommuner och 1 lärosäte.");
    for (const county of ["Västernorrland", "Jämtland Härjedalen", "Gävleborg"])
      expect(html).toContain(county);
  });

  test("the leadership page names the whole group with what they represent", async ({
    request,
  }) => {
    const html = await (await request.get("/om-run/ledningsgrupp")).text();
    for (const name of LEADERSHIP) expect(html, name).toContain(name);
    for (const heading of [
      "Ordförande",
      "Vice ordförande",
      "Ledamöter",
      "Adjungerad",
      "Nästa möte",
      "Mötestider",
    ]) {
      expect(html, heading).toContain(`>${heading}<`);
    }
    expect(html).toContain('href="mailto:lena.bostrom@miun.se"');
    expect(html).toContain("Kommunförbundet Västernorrland");
    expect(html).toContain("fredag 26 januari 2018");
  });

  test("the networks and their contacts", async ({ request }) => {
    const directory = await (await request.get("/natverk")).text();
    expect(directory).toContain('href="/natverk/operativa-utvecklingsnatverk"');
    expect(directory).toContain('href="/natverk/regionalt-ikt-natverk"');
    const operativa = await (await request.get("/natverk/operativa-utvecklingsnatverk")).text();
    expect(operativa).toContain("Ulrika Auno");
    expect(operativa).toContain("att lärande exempel och framgångsfaktorer kartläggs och sprids");
    const ikt = await (await request.get("/natverk/regionalt-ikt-natverk")).text();
    expect(ikt).toContain("Joanna Scheéle");
  });

  test("the documents page lists the four documents with kind and period", async ({ request }) => {
    const html = await (await request.get("/om-run/dokument")).text();
    for (const title of [
      "RUN verksamhetsrapport 2017",
      "Avtal för perioden 2017-2019",
      "Verksamhetsplanen för avtalsperioden 2017-2019",
      "Handlingsplan 2018",
    ]) {
      expect(html, title).toContain(title);
    }
    expect(html).toContain("2017–2019");
  });

  test("unknown addresses answer 404 with the navigation", async ({ request }) => {
    for (const path of ["/finns-inte", "/natverk/finns-inte", "/om-run/okand"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      const html = await response.text();
      expect(html).toContain("Sidan finns inte");
      expect(html).toContain('aria-label="Huvudmeny"');
    }
  });

  test("robots.txt points to the sitemap", async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toMatch(/Sitemap: .*\/sitemap\.xml/);
  });

  test("the start page describes RUN as an organisation in structured data", async ({
    request,
  }) => {
    const html = await (await request.get("/")).text();
    const json = /<script type="application\/ld\+json">(.+?)<\/script>/.exec(html)?.[1];
    const data = JSON.parse(json!);
    expect(data["@type"]).toBe("Organization");
    expect(data.member).toHaveLength(20);
  });
});

test.describe("navigation", () => {
  test("marks the current page and section", async ({ page }) => {
    await page.goto("/om-run/medlemmar");
    const nav = page.getByRole("navigation", { name: "Huvudmeny" });
    await expect(nav.getByRole("link", { name: "Om RUN" })).toHaveAttribute("aria-current", "true");
    await expect(nav.getByRole("link", { name: "Start" })).not.toHaveAttribute(
      "aria-current",
      /.*/,
    );
    await expect(page.getByRole("navigation", { name: "Brödsmulor" }).getByRole("link")).toHaveText(
      ["Start", "Om RUN", "Medlemmar"],
    );
    await page.goto("/moten");
    await expect(nav.getByRole("link", { name: "Möten" })).toHaveAttribute("aria-current", "page");
  });
});

test("'Senast uppdaterad' is the last commit that changed the page's file", async ({ request }) => {
  const { execFileSync } = await import("node:child_process");
  const committed = execFileSync(
    "git",
    ["log", "-1", "--format=%cI", "--", "content/sidor/om-run.md"],
    {
      encoding: "utf8",
    },
  ).trim();
  test.skip(committed === "", "the page file has no git history here");
  // The calendar date in Stockholm, as the page shows it.
  const expected = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(
    new Date(committed),
  );
  const html = await (await request.get("/om-run")).text();
  expect(html).toMatch(new RegExp(`Senast uppdaterad <time dateTime="${expected}">`, "i"));
});

import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { MembersMap } from "@/components/members-map";
import { loadContent } from "@/lib/content/reader";
import municipalities from "@/lib/map/data/kommuner.json";
import counties from "@/lib/map/data/lan.json";
import { CAMPUSES, projectOnMap } from "@/lib/map/region-map";
import { edited, problemsAfter, SITE_ROOT } from "../helpers/fixtures";

type Rings = number[][][];
const polygonsOf = (geometry: { type: string; coordinates: unknown }): Rings[] =>
  geometry.type === "Polygon" ? [geometry.coordinates as Rings] : (geometry.coordinates as Rings[]);

/** Ray casting on the map's pixels: the shape's outline projected as the map draws it. */
function insideOnMap(
  point: [number, number],
  geometry: { type: string; coordinates: unknown },
): boolean {
  let inside = false;
  for (const rings of polygonsOf(geometry)) {
    for (const ring of rings) {
      const projected = ring.map(([longitude, latitude]) => projectOnMap(longitude!, latitude!));
      for (let i = 0, j = projected.length - 1; i < projected.length; j = i++) {
        const [xi, yi] = projected[i]!;
        const [xj, yj] = projected[j]!;
        if (
          yi > point[1] !== yj > point[1] &&
          point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi
        )
          inside = !inside;
      }
    }
  }
  return inside;
}

const municipality = (name: string) =>
  municipalities.features.find((feature) => feature.properties.name === name)!;
const county = (code: string) =>
  counties.features.find((feature) => feature.properties.county === code)!;

describe("the members map's projection", () => {
  it("puts Sundsvall's campus inside Sundsvall and Västernorrland, and not in Jämtland", () => {
    const sundsvall = CAMPUSES.find((campus) => campus.name === "Sundsvall")!;
    const point = projectOnMap(sundsvall.longitude, sundsvall.latitude);
    expect(insideOnMap(point, municipality("Sundsvall").geometry)).toBe(true);
    expect(insideOnMap(point, county("22").geometry)).toBe(true);
    expect(insideOnMap(point, county("23").geometry)).toBe(false);
  });

  it("puts Östersund's campus inside Östersund and Jämtland", () => {
    const ostersund = CAMPUSES.find((campus) => campus.name === "Östersund")!;
    const point = projectOnMap(ostersund.longitude, ostersund.latitude);
    expect(insideOnMap(point, municipality("Östersund").geometry)).toBe(true);
    expect(insideOnMap(point, county("23").geometry)).toBe(true);
  });

  it("keeps north up and east to the right", () => {
    const [, north] = projectOnMap(15, 64);
    const [, south] = projectOnMap(15, 61);
    const [west] = projectOnMap(13, 62.5);
    const [east] = projectOnMap(17, 62.5);
    expect(north).toBeLessThan(south);
    expect(west).toBeLessThan(east);
  });
});

describe("the members map in the page", () => {
  let html: string;
  beforeAll(() => {
    const { content } = loadContent(SITE_ROOT, { includeDrafts: false });
    html = renderToStaticMarkup(<MembersMap members={content!.members} />);
  });

  it("is one image with a Swedish text alternative, each member filled by its county", () => {
    expect(html.match(/<svg[^>]*role="img"/g)).toHaveLength(1);
    expect(html).toMatch(
      /<title id="karta-titel">Karta över Västernorrlands, Jämtlands och Gävleborgs län\. RUN:s 19 medlemskommuner/,
    );
    const members = [
      ...html.matchAll(/class="map-member map-county-(\d+)" data-kommunkod="(\d+)"/g),
    ];
    expect(members).toHaveLength(19);
    for (const [, countyCode, code] of members) expect(code!.slice(0, 2)).toBe(countyCode);
    expect(html.match(/class="map-other"/g)?.length).toBeGreaterThan(0);
    expect(html).toContain("Open Knowledge Sweden");
  });

  it("stays small: under 30 kB gzip", () => {
    const svg = /<svg viewBox[\s\S]*?<\/svg>/.exec(html)![0];
    expect(gzipSync(svg).length).toBeLessThan(30_000);
  });
});

describe("kommunkod is checked against the map data", () => {
  const SUNDSVALL = "content/medlemmar/sundsvall.md";

  it("a misspelt name is caught by its code, with the right name suggested", () => {
    expect(
      problemsAfter({ [SUNDSVALL]: edited(SUNDSVALL, "name: Sundsvall", "name: Sundsval") }),
    ).toEqual([
      expect.stringMatching(
        /^content\/medlemmar\/sundsvall\.md:2: fältet "name" "Sundsval" stämmer inte med kommunkoden 2281, som är Sundsvall\. Menade du "Sundsvall"\?/,
      ),
    ]);
  });

  it("a wrong code, an unknown code, a code in another county and a missing code are refused", () => {
    expect(problemsAfter({ [SUNDSVALL]: edited(SUNDSVALL, '"2281"', '"2280"') })).toEqual([
      expect.stringMatching(
        /^content\/medlemmar\/sundsvall\.md:2: .*stämmer inte med kommunkoden 2280, som är Härnösand/,
      ),
    ]);
    expect(problemsAfter({ [SUNDSVALL]: edited(SUNDSVALL, '"2281"', '"9999"') })).toEqual([
      'content/medlemmar/sundsvall.md:5: fältet "kommunkod" "9999" är ingen kommunkod hos SCB. Sundsvall har koden "2281".',
    ]);
    expect(
      problemsAfter({
        [SUNDSVALL]: edited(SUNDSVALL, "county: Västernorrland", "county: Gävleborg"),
      }),
    ).toEqual([
      'content/medlemmar/sundsvall.md:4: fältet "county" "Gävleborg" stämmer inte: Sundsvall ligger i Västernorrland.',
    ]);
    expect(problemsAfter({ [SUNDSVALL]: edited(SUNDSVALL, 'kommunkod: "2281"\n', "") })).toEqual([
      'content/medlemmar/sundsvall.md: fältet "kommunkod" saknas. En kommun ska ha sin fyrsiffriga kod hos SCB, t.ex. "kommunkod: 2284" för Örnsköldsvik.',
    ]);
    expect(problemsAfter({ [SUNDSVALL]: edited(SUNDSVALL, '"2281"', "22810") })).toEqual([
      expect.stringContaining('"22810" är ingen kommunkod'),
    ]);
  });

  it("a code written as a number, as YAML reads 2281 without quotes, is accepted", () => {
    expect(problemsAfter({ [SUNDSVALL]: edited(SUNDSVALL, '"2281"', "2281") })).toEqual([]);
  });

  it("a website must be a web address", () => {
    expect(
      problemsAfter({ [SUNDSVALL]: edited(SUNDSVALL, "https://sundsvall.se", "sundsvall.se") }),
    ).toEqual([expect.stringContaining('"sundsvall.se" är ingen webbadress')]);
  });
});

describe("the map's colours (WCAG 1.4.11)", () => {
  const css = readFileSync("app/globals.css", "utf8");
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light! + 0.05) / (dark! + 0.05);
  };

  it("each county's members stand out 3:1 from the page, the borders and the grey neighbours", () => {
    const counties = [...css.matchAll(/\.map-county-(\d+) \{\s*--county-color: (#[0-9a-f]{6});/g)];
    expect(counties.map((match) => match[1]).sort()).toEqual(["21", "22", "23"]);
    const grey = /\.map-other \{\s*fill: (#[0-9a-f]{6});/.exec(css)![1]!;
    for (const [, code, colour] of counties) {
      expect(
        contrast(colour!, "#ffffff"),
        `${code} against the page and white borders`,
      ).toBeGreaterThanOrEqual(3);
      expect(contrast(colour!, grey), `${code} against the grey`).toBeGreaterThanOrEqual(3);
    }
    // Three colours, told apart by more than colour too: each county is named on the map.
    expect(new Set(counties.map((match) => match[2])).size).toBe(3);
  });
});

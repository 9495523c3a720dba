/**
 * Copies what the members map needs from the shared open map data into the project, so the
 * site builds without it: the municipalities of RUN's three counties and the three counties'
 * outlines, with coordinates rounded to 0.001° (about 100 m, finer than the simplified data),
 * and the name and county of every municipality by SCB code (for the check of `kommunkod`).
 * Source: okfse/sweden-geojson (Open Knowledge Sweden), after Valmyndigheten's data.
 * Usage: tsx scripts/map-data.ts ../shared/data
 */
import fs from "node:fs";
import path from "node:path";

const source = process.argv[2];
if (!source) {
  console.error("Ange mappen med kartdata, t.ex. ../shared/data.");
  process.exit(2);
}
const COUNTY_CODES = ["21", "22", "23"];
type Position = number[];
type Geometry =
  | { type: "Polygon"; coordinates: Position[][] }
  | { type: "MultiPolygon"; coordinates: Position[][][] };
interface Feature {
  properties: Record<string, unknown>;
  geometry: Geometry;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
function roundRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const [x, y] of ring) {
    const point = [round(x!), round(y!)];
    const last = out.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}
/** Twice the signed area in the lon/lat plane: positive when the ring runs counterclockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let index = 0; index < ring.length - 1; index++)
    sum += ring[index]![0]! * ring[index + 1]![1]! - ring[index + 1]![0]! * ring[index]![1]!;
  return sum;
}

/**
 * d3-geo reads polygons on the sphere, where the exterior ring runs clockwise (holes
 * counterclockwise), unlike RFC 7946; a ring the other way round would be the whole world
 * outside the municipality. So each polygon is wound the way d3-geo expects.
 */
function polygon(rings: Position[][]): Position[][] {
  return rings.map(roundRing).map((ring, index) => {
    const clockwise = signedArea(ring) < 0;
    return (index === 0) === clockwise ? ring : [...ring].reverse();
  });
}
function roundGeometry(geometry: Geometry): Geometry {
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: polygon(geometry.coordinates) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map(polygon) };
}
const read = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(source, file), "utf8")) as { features: Feature[] };

const municipalities = read("swedish-municipalities.geojson").features;
const counties = read("swedish-regions.geojson").features;
const target = path.join(process.cwd(), "lib/map/data");

const write = (file: string, data: unknown) => {
  fs.writeFileSync(path.join(target, file), `${JSON.stringify(data)}\n`);
  console.log(`${file}: ${fs.statSync(path.join(target, file)).size} byte`);
};

write("kommuner.json", {
  type: "FeatureCollection",
  features: municipalities
    .filter((feature) => COUNTY_CODES.includes(String(feature.properties.lan_code)))
    .map((feature) => ({
      type: "Feature",
      properties: {
        code: String(feature.properties.id).padStart(4, "0"),
        name: String(feature.properties.kom_namn),
        county: String(feature.properties.lan_code),
      },
      geometry: roundGeometry(feature.geometry),
    })),
});
write("lan.json", {
  type: "FeatureCollection",
  features: counties
    .filter((feature) => COUNTY_CODES.includes(String(feature.properties.l_id)))
    .map((feature) => ({
      type: "Feature",
      properties: {
        county: String(feature.properties.l_id),
        name: String(feature.properties.name),
      },
      geometry: roundGeometry(feature.geometry),
    })),
});
write(
  "kommunkoder.json",
  Object.fromEntries(
    municipalities
      .map((feature) => [
        String(feature.properties.id).padStart(4, "0"),
        { name: String(feature.properties.kom_namn), county: String(feature.properties.lan_code) },
      ])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  ),
);

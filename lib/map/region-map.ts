import {
  geoPath,
  geoTransverseMercator,
  type GeoPermissibleObjects,
  type GeoProjection,
} from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { County } from "../content/schemas";
import counties from "./data/lan.json";
import municipalities from "./data/kommuner.json";

/**
 * The members map, drawn at build time: SVG path data for RUN's three counties and their
 * municipalities, projected with d3-geo in a transverse Mercator centred on 15° E (as SWEREF 99
 * TM, the Swedish national grid). No map service, no tiles, no JavaScript in the browser.
 * Boundary data: lib/map/data/ (from scripts/map-data.ts).
 */

export const MAP_WIDTH = 560;
const PADDING = 12;

/** SCB's county code for each county a member may belong to. */
export const COUNTY_CODES: Record<County, string> = {
  Västernorrland: "22",
  "Jämtland Härjedalen": "23",
  Gävleborg: "21",
};

type MunicipalityProperties = { code: string; name: string; county: string };
type CountyProperties = { county: string; name: string };

const municipalityFeatures = (municipalities as FeatureCollection<Geometry, MunicipalityProperties>)
  .features;
const countyFeatures = (counties as FeatureCollection<Geometry, CountyProperties>).features;

/** Mittuniversitetet's campuses (WGS84): marked on the map. */
export const CAMPUSES = [
  { name: "Sundsvall", longitude: 17.311, latitude: 62.392 },
  { name: "Östersund", longitude: 14.64, latitude: 63.185 },
] as const;

const countyCollection = {
  type: "FeatureCollection",
  features: countyFeatures,
} as GeoPermissibleObjects;

/**
 * The projection, fitted to the map's width and moved so the region starts at the padding; the
 * map's height follows from the region's shape.
 */
export function regionProjection(): { projection: GeoProjection; height: number } {
  const fitted = geoTransverseMercator()
    .rotate([-15, 0])
    .fitWidth(MAP_WIDTH - 2 * PADDING, countyCollection);
  const [[x0, y0], [, y1]] = geoPath(fitted).bounds(countyCollection);
  const [tx, ty] = fitted.translate();
  return {
    projection: fitted.translate([tx + PADDING - x0, ty + PADDING - y0]),
    height: Math.ceil(y1 - y0 + 2 * PADDING),
  };
}

/**
 * Where each county's name is written (WGS84): chosen by hand, clear of the campuses and of
 * each other, inside the county.
 */
const LABELS: Record<string, [number, number]> = {
  "23": [13.9, 64.45],
  "22": [17.55, 63.55],
  "21": [16.1, 61.45],
};

export interface MapShape {
  code: string;
  name: string;
  county: string;
  d: string;
}

export interface RegionMap {
  width: number;
  height: number;
  municipalities: MapShape[];
  counties: { county: string; name: string; d: string; label: [number, number] }[];
  campuses: { name: string; x: number; y: number }[];
}

/** Everything the SVG needs, as path data with one decimal (a tenth of a pixel). */
export function regionMap(): RegionMap {
  const { projection, height } = regionProjection();
  const path = geoPath(projection).digits(1);
  const round = (value: number) => Math.round(value * 10) / 10;
  const at = (longitude: number, latitude: number) => {
    const [x, y] = projection([longitude, latitude]) ?? [0, 0];
    return [round(x), round(y)] as [number, number];
  };
  return {
    width: MAP_WIDTH,
    height,
    municipalities: municipalityFeatures.map(
      (feature: Feature<Geometry, MunicipalityProperties>) => ({
        ...feature.properties,
        d: path(feature) ?? "",
      }),
    ),
    counties: countyFeatures.map((feature) => {
      const label = LABELS[feature.properties.county];
      return {
        ...feature.properties,
        d: path(feature) ?? "",
        label: label ? at(...label) : (path.centroid(feature).map(round) as [number, number]),
      };
    }),
    campuses: CAMPUSES.map((campus) => {
      const [x, y] = at(campus.longitude, campus.latitude);
      return { name: campus.name, x, y };
    }),
  };
}

/** Where a point (WGS84) lands on the map, in the map's own pixels. */
export function projectOnMap(longitude: number, latitude: number): [number, number] {
  return regionProjection().projection([longitude, latitude]) ?? [NaN, NaN];
}

/** Name and county of a municipality by its SCB code, for the check of `kommunkod`. */
export { default as MUNICIPALITY_CODES } from "./data/kommunkoder.json";

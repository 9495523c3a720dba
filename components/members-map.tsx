import type { Member } from "@/lib/content/members";
import { COUNTIES } from "@/lib/content/schemas";
import { PAGE_IDS } from "@/lib/page-ids";
import { COUNTY_CODES, regionMap } from "@/lib/map/region-map";

const SOURCE = "https://github.com/okfse/sweden-geojson";

/** The text alternative: what the map shows, from the same content as the list. */
function description(members: readonly Member[]): string {
  const municipalities = members.filter((member) => member.kind === "kommun");
  const perCounty = COUNTIES.map(
    (county) => `${municipalities.filter((member) => member.county === county).length} i ${county}`,
  );
  return `Karta över Västernorrlands, Jämtlands och Gävleborgs län. RUN:s ${municipalities.length} medlemskommuner är färgade efter län: ${perCounty.join(", ")}. Övriga kommuner i länen är grå. Länen har sina namn utskrivna. Mittuniversitetets campus i Sundsvall och Östersund är markerade med ringar.`;
}

/**
 * RUN's region as one SVG image drawn at build time (lib/map/region-map.ts): members filled by
 * county, other municipalities grey, county borders over them, the two campuses marked, each
 * county named. The grouped list below remains the way to read the members.
 */
export function MembersMap({ members }: { members: readonly Member[] }) {
  const map = regionMap();
  const memberCodes = new Set(
    members.flatMap((member) => (member.kommunkod ? [member.kommunkod] : [])),
  );
  const titleId = `${PAGE_IDS.map}-titel`;
  return (
    <figure className="members-map">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-labelledby={titleId}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={titleId}>{description(members)}</title>
        <g className="map-municipalities">
          {map.municipalities.map((shape) => (
            <path
              key={shape.code}
              d={shape.d}
              className={
                memberCodes.has(shape.code) ? `map-member map-county-${shape.county}` : "map-other"
              }
              data-kommunkod={shape.code}
            />
          ))}
        </g>
        <g className="map-county-borders">
          {map.counties.map((county) => (
            <path key={county.county} d={county.d} />
          ))}
        </g>
        <g className="map-county-lines">
          {map.counties.map((county) => (
            <path key={county.county} d={county.d} />
          ))}
        </g>
        <g className="map-campuses">
          {map.campuses.map((campus) => (
            <g key={campus.name}>
              <circle cx={campus.x} cy={campus.y} r={6} />
              <text x={campus.x + 11} y={campus.y + 7}>
                {campus.name}
              </text>
            </g>
          ))}
        </g>
        <g className="map-labels">
          {map.counties.map((county) => (
            <text key={county.county} x={county.label[0]} y={county.label[1]} textAnchor="middle">
              {COUNTIES.find((name) => COUNTY_CODES[name] === county.county) ?? county.name}
            </text>
          ))}
        </g>
      </svg>
      <figcaption id={PAGE_IDS.map}>
        <ul className="map-legend" data-pagefind-ignore="">
          {COUNTIES.map((county) => (
            <li key={county}>
              <span
                aria-hidden="true"
                className={`map-swatch map-county-${COUNTY_CODES[county]}`}
              />
              Medlemskommun i {county}
            </li>
          ))}
          <li>
            <span aria-hidden="true" className="map-swatch map-swatch-other" />
            Övriga kommuner i länen
          </li>
          <li>
            <span aria-hidden="true" className="map-swatch map-swatch-campus" />
            Mittuniversitetets campus
          </li>
        </ul>
        <p className="map-source">
          Kartdata: <a href={SOURCE}>Open Knowledge Sweden, sweden-geojson</a>, efter
          Valmyndighetens kommungränser. Gränserna är förenklade.
        </p>
      </figcaption>
    </figure>
  );
}

/**
 * Moves each meeting's calendar file in the export from where its route writes it
 * (`moten/<möte>/kalender.ics`) to its public address (`moten/<möte>.ics`), the address
 * `next start` serves through a rewrite (next.config.ts). See meetingIcsSource in lib/routes.ts.
 * Usage: tsx scripts/meeting-calendars.ts out
 */
import { existsSync, readdirSync, renameSync, rmdirSync } from "node:fs";
import path from "node:path";

const folder = process.argv[2];
if (!folder) {
  console.error("Ange mappen med exporten, t.ex. out.");
  process.exit(2);
}
const meetings = path.join(folder, "moten");
let moved = 0;
for (const entry of readdirSync(meetings, { withFileTypes: true })) {
  if (!entry.isDirectory()) continue;
  const source = path.join(meetings, entry.name, "kalender.ics");
  if (!existsSync(source)) continue;
  renameSync(source, path.join(meetings, `${entry.name}.ics`));
  // The folder held only the calendar file; a page's folder would not be empty.
  if (readdirSync(path.join(meetings, entry.name)).length === 0)
    rmdirSync(path.join(meetings, entry.name));
  moved++;
}
console.log(`meeting-calendars: ${moved} kalenderfiler flyttade till moten/<möte>.ics`);

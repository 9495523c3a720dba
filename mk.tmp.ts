import fs from "node:fs";
import { makePdf } from "./tests/helpers/pdfs";
fs.writeFileSync(
  "tests/fixtures/valid/public/dokument/avtal.pdf",
  await makePdf({ accessible: true }),
);

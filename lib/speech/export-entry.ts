/** "Lyssna" in the static export (scripts/strip-framework.ts loads it where `data-listen` is). */
import { startListen } from "./browser";

const control = document.querySelector<HTMLElement>("[data-listen]");
const main = document.querySelector<HTMLElement>("main");
if (control && main) startListen(control, main);

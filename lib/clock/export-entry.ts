/** The meeting clock in the static export (scripts/strip-framework.ts loads it where meetings are). */
import { run } from "./browser";

run();
// As the React version (components/use-now.ts): the groups follow the clock while the page stays open.
setInterval(run, 60_000);

import { ListenStart } from "./listen-start";

/**
 * "Lyssna" beside the page's title: hidden in the HTML, shown by lib/speech/browser.ts only
 * when the browser has a Swedish voice. Without JavaScript nothing shows.
 */
export function Listen() {
  return (
    // Not part of the page for search: the control is not what the page is about.
    <div className="listen-slot" data-pagefind-ignore="all">
      <div className="listen" data-listen="" hidden>
        <button type="button" data-listen-play="">
          Lyssna<span className="visually-hidden"> på sidan</span>
        </button>
        <button type="button" data-listen-pause="" hidden>
          Pausa
        </button>
        <button type="button" data-listen-stop="" hidden>
          Stoppa
        </button>
      </div>
      <ListenStart />
    </div>
  );
}

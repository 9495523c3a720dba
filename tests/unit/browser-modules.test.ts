import { describe, expect, it } from "vitest";
import { countText } from "@/lib/search/browser";
import { sentences } from "@/lib/speech/browser";

describe("Lyssna splits text into sentence-sized pieces", () => {
  it("after . ! ? and … before a capital, a digit or a quote", () => {
    expect(
      sentences("RUN är ett nätverk. Det har 19 kommuner! Vill du veta mer? 2018 började det."),
    ).toEqual([
      "RUN är ett nätverk.",
      "Det har 19 kommuner!",
      "Vill du veta mer?",
      "2018 började det.",
    ]);
  });

  it("keeps abbreviations and times whole, and folds white space", () => {
    expect(sentences("Mötet är kl. 09.00 t.ex. i Sundsvall.\n\n  Välkommen.")).toEqual([
      "Mötet är kl. 09.00 t.ex. i Sundsvall.",
      "Välkommen.",
    ]);
    expect(sentences("   ")).toEqual([]);
  });
});

describe("the search count, in Swedish", () => {
  it("names the query, says träff or träffar, and points on when there are none", () => {
    expect(countText(1, "IKT")).toBe('1 träff för "IKT".');
    expect(countText(3, "möte")).toBe('3 träffar för "möte".');
    expect(countText(25, "möte")).toBe('25 träffar för "möte". De 20 bästa visas.');
    expect(countText(0, "xyz")).toMatch(/^Inga träffar för "xyz"\. .*A till Ö/);
  });
});

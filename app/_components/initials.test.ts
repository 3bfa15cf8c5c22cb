import { describe, expect, it } from "vitest";
import { initials } from "./initials";

describe("initials", () => {
  it("takes the first letter of the first two words", () => {
    expect(initials("Ada Lovelace")).toBe("AL");
    expect(initials("  grace  brewster murray hopper ")).toBe("GB");
    expect(initials("Ada")).toBe("A");
  });

  it("strips markup and symbols to letters", () => {
    expect(initials("M<script>alert(1)</script>")).toBe("M");
    expect(initials("<b>Mia</b> Chen")).toBe("MC");
    expect(initials("@mia 42 (Chen)")).toBe("MC");
    expect(initials("Mia <Chen>")).toBe("M");
  });

  it("keeps letters of any script, and falls back to ? without any", () => {
    expect(initials("لينا حداد")).toBe("لح");
    expect(initials("élodie Ørsted")).toBe("ÉØ");
    expect(initials("1234 !!")).toBe("?");
    expect(initials("")).toBe("?");
  });
});

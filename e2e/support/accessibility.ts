import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

// WCAG 2.1 A and AA, what GB/T 37668 asks of a public-sector site.
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

function describe(violation: Violation): string {
  const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(" "));
  const more = violation.nodes.length > 3 ? ` …and ${violation.nodes.length - 3} more` : "";
  return `${violation.id} (${violation.impact}): ${violation.help} — ${targets.join(" | ")}${more}`;
}

/**
 * Runs axe on the page as it stands and records (softly: every page of a journey is checked and
 * reported in one run) each violation of impact serious or critical, with its rule, what it asks
 * and the first elements at fault. `exclude`: selectors of elements a rule misjudges, each with
 * its reason where it is passed.
 */
export async function expectNoSeriousViolations(page: Page, what: string, exclude: string[] = []): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_21_AA);
  for (const selector of exclude) builder.exclude(selector);
  const { violations } = await builder.analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect.soft(serious.map(describe), `${what} (${page.viewportSize()?.width} px): WCAG 2.1 AA violations of impact serious or critical`).toEqual([]);
}

/**
 * The contrast of a field's placeholder against what shows behind the field (WCAG 1.4.3), which
 * axe does not measure: the colours are read as the browser paints them (a canvas pixel), so any
 * CSS colour (oklch, color-mix) is compared as shown.
 */
export async function placeholderContrast(field: Locator): Promise<number> {
  return field.evaluate((input) => {
    const pixel = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    const paint = (colours: string[]) => {
      pixel.fillStyle = "#fff";
      pixel.fillRect(0, 0, 1, 1);
      for (const colour of colours) {
        pixel.fillStyle = colour;
        pixel.fillRect(0, 0, 1, 1);
      }
      return [...pixel.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    // The backgrounds from the page down to the field, each painted over the one below.
    const backgrounds: string[] = [];
    for (let node: Element | null = input; node; node = node.parentElement) backgrounds.unshift(getComputedStyle(node).backgroundColor);
    const behind = paint(backgrounds);
    const text = paint([`rgb(${behind.join(",")})`, getComputedStyle(input, "::placeholder").color]);
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [light, dark] = [luminance(behind), luminance(text)].sort((a, b) => b - a);
    return (light + 0.05) / (dark + 0.05);
  });
}

/** How many characters of a section's name fit the chart's axis on a wide screen (12 px type, 264 px). */
export const WIDE_AXIS_CHARACTERS = 20;

/**
 * A section's name cut to `max` characters, an ellipsis saying it was cut; the tooltip and the
 * figure's caption carry the whole name. Its spaces do not break: Recharts wraps an axis label
 * at a space, which stacks "三(一)" over its title and off the bar.
 */
export function sectionAxisLabel(name: string, max = WIDE_AXIS_CHARACTERS): string {
  const characters = Array.from(name.replace(/\s+/g, "\u00a0"));
  return characters.length <= max ? characters.join("") : `${characters.slice(0, max - 1).join("")}…`;
}

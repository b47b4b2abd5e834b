/**
 * The hidden hints the update form sends with a reading, so its schema names a figure's mistakes
 * with the other fields' (the use case reads the commitment and checks again): the least the
 * figure can be (lowestReading) and whether it is a share of a whole (isShare).
 */
export const lowestHint = (lowest: number | null) => (lowest === null ? "none" : String(lowest));

export const readLowestHint = (hint: "0" | "-100" | "none" | undefined) => (hint === undefined ? undefined : hint === "none" ? null : Number(hint));

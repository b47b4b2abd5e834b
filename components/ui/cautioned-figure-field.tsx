"use client";

import { useState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { parseFigureText } from "@/lib/commitments/parse-figure-text";

/**
 * A figure field questioned as it is typed: `caution` says what looks like a slip in the figure
 * (a digit too many, 亩 for 万亩), or null; the figure may still be sent. The caution is heard with
 * the field when it comes back to it (described-by) and as it changes (a live region). Inside a
 * keyed form, a success starts it afresh.
 */
export function CautionedFigureField({
  id,
  name,
  label,
  hint,
  errors,
  value,
  caution,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** What was typed before a refusal, kept. */
  value?: string;
  caution: (figure: number) => string | null;
}) {
  const [typed, setTyped] = useState(value ?? "");
  const figure = parseFigureText(typed);
  const text = typeof figure === "number" ? caution(figure) : null;
  return (
    <div>
      <Field id={id} label={label} hint={hint} errors={errors}>
        {(p) => (
          <input
            {...p}
            aria-describedby={`${p["aria-describedby"]} ${id}-caution`}
            name={name}
            inputMode="decimal"
            required
            defaultValue={value}
            onChange={(event) => setTyped(event.target.value)}
            className={inputClass}
          />
        )}
      </Field>
      <p id={`${id}-caution`} aria-live="polite" className="text-xs text-amber-800" data-testid="implausible-typed">
        {text}
      </p>
    </div>
  );
}

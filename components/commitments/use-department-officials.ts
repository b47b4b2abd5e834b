"use client";

import { useRef, useState } from "react";

export interface OfficialOption {
  id: number;
  displayName: string;
}

export interface OfficialChoices {
  /** The lead department picked ("" for none), as the select's value. */
  lead: string;
  status: "ready" | "loading" | "failed";
  /** That department's active officials: who may be named responsible. */
  officials: OfficialOption[];
}

/**
 * The responsible-official choice follows the lead department (a responsible official belongs
 * to it; the server checks it too): the officials of the department picked are asked for from
 * `GET /api/departments/<id>/officials`, rather than every official of the province carried in
 * the page. `stored` is what the page already has (its lead and that lead's officials).
 *
 * Each pick asks again; only the latest question's answer is kept (A → B → A: the first A's
 * late answer must not overwrite the second's). `reset` (after a save) goes back to what is
 * stored; an answer still on its way finds nothing loading and is dropped.
 */
export function useDepartmentOfficials(stored: OfficialChoices) {
  const [choices, setChoices] = useState<OfficialChoices>(stored);
  const latestRequest = useRef(0);

  function chooseLead(next: string) {
    const request = ++latestRequest.current;
    if (next === stored.lead) return setChoices(stored);
    if (next === "") return setChoices({ lead: next, status: "ready", officials: [] });
    setChoices({ lead: next, status: "loading", officials: [] });
    // Kept only while this is still the question being waited for: not after a newer pick, nor
    // after a reset to what is stored.
    const settle = (update: Omit<OfficialChoices, "lead">) => {
      if (request !== latestRequest.current) return;
      setChoices((now) => (now.lead === next && now.status === "loading" ? { lead: next, ...update } : now));
    };
    fetch(`/api/departments/${encodeURIComponent(next)}/officials`, { headers: { accept: "application/json" } })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { officials: OfficialOption[] };
        settle({ status: "ready", officials: body.officials });
      })
      .catch(() => settle({ status: "failed", officials: [] }));
  }

  function reset() {
    setChoices(stored);
  }

  return { choices, chooseLead, reset };
}

import type { FormState } from "@/lib/actions/form-state";

export function FormMessage({ state }: { state: FormState }) {
  return (
    <p
      role={state.status === "error" ? "alert" : "status"}
      aria-live="polite"
      className={`min-h-5 text-sm ${state.status === "error" ? "text-red-700" : "text-green-700"}`}
    >
      {state.message}
    </p>
  );
}

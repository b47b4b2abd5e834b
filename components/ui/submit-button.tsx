import type { ReactNode, Ref } from "react";
import { buttonClass } from "@/components/ui/field";

/** A form's submit button, disabled while its action runs (`pending` from useActionState). */
export function SubmitButton({
  pending,
  disabled = false,
  className = buttonClass,
  "aria-label": ariaLabel,
  ref,
  children,
}: {
  pending: boolean;
  /** Other reasons not to submit yet (nothing chosen, choices still loading). */
  disabled?: boolean;
  className?: string;
  /** For a button whose text alone does not say what it acts on. */
  "aria-label"?: string;
  /** For the focus to come back to it (useAskFirst's triggerRef, when it asks first). */
  ref?: Ref<HTMLButtonElement>;
  children: ReactNode;
}) {
  return (
    <button ref={ref} type="submit" disabled={pending || disabled} aria-label={ariaLabel} className={className}>
      {children}
    </button>
  );
}

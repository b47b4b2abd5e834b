"use client";

import { startTransition, type FormEvent } from "react";

/**
 * An onSubmit for forms whose fields must survive a refusal. React resets a form after its
 * action runs — refusals too — which drops the picks of selects (a changed defaultValue does not
 * bring them back) and leaves a controlled select showing its server default while its state
 * says otherwise. Dispatching the action ourselves, in a transition, skips that reset; the form
 * resets itself after a success. The form keeps `action={formAction}` for submissions before
 * hydration.
 */
export function submitKeepingFields(formAction: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  };
}

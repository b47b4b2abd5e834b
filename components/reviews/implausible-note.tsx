/**
 * Beside a reading far beyond its target: asks the reviewer to check it before approving. Its id
 * goes into what the decision buttons are described by, so it is heard on reaching them.
 */
export function ImplausibleNote({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} className="mt-2 rounded-md bg-amber-50 px-2 py-1 text-sm text-amber-900 ring-1 ring-amber-300" data-testid="implausible-reading">
      {text}
    </p>
  );
}

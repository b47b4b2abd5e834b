/** Beside a reading far beyond its target: asks the reviewer to check it before approving. */
export function ImplausibleNote({ text }: { text: string }) {
  return (
    <p className="mt-2 rounded-md bg-amber-50 px-2 py-1 text-sm text-amber-900 ring-1 ring-amber-300" data-testid="implausible-reading">
      {text}
    </p>
  );
}

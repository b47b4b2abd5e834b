/** The <option>s of a select over records, with an optional empty choice first. */
export function SelectOptions({ items, empty }: { items: { id: number; label: string }[]; empty?: string }) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.label}
        </option>
      ))}
    </>
  );
}

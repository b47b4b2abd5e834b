/** The <option>s of a select over records, with an optional empty choice first; `lang` where a label is data alone (a name). */
export function SelectOptions({ items, empty }: { items: { id: number; label: string; lang?: string }[]; empty?: string }) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {items.map((item) => (
        <option key={item.id} value={item.id} lang={item.lang}>
          {item.label}
        </option>
      ))}
    </>
  );
}

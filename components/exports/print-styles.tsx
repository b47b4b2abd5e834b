// Print rules for report pages: the shell (its header and user bar) and any form disappear, the
// page is A4 with office margins, and tables do not break inside a row.
const CSS = `
@page { size: A4; margin: 20mm 18mm; }
@media print {
  body { background: #fff; }
  body header, body nav, [data-print-hidden], .min-h-screen > header + div { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  tr, li { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}`;

export function PrintStyles() {
  return <style>{CSS}</style>;
}

/** The report's stylesheet: screen and print (A4, no page breaks inside tables or the picture). */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1e293b; margin: 0; background: #f8fafc; }
main { max-width: 1040px; margin: 0 auto; padding: 32px 40px 48px; background: #fff; }
header { border-bottom: 3px solid #3358d4; padding-bottom: 12px; margin-bottom: 20px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #e2e8f0; }
.muted { color: #64748b; font-size: 12px; font-weight: normal; }
.meta { display: flex; flex-wrap: wrap; gap: 6px 24px; margin: 8px 0 0; padding: 0; list-style: none; color: #475569; }
.kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; margin: 16px 0; }
.kpi { border: 1px solid #e2e8f0; border-radius: 8px; padding: 10px 12px; }
/* Accounts and people side by side take two columns. */
.kpi.wide { grid-column: span 2; }
.kpi b { display: block; font-size: 21px; line-height: 1.25; color: #1e3a8a; font-variant-numeric: tabular-nums; }
/* A number and its unit never part (key figures and table cells); only the " · " between figures may break. */
.fig, .pct { white-space: nowrap; }
.kpi small { font-size: 14px; font-weight: 600; }
td .fig small { font-size: inherit; color: #475569; }
/* In a table cell each part of a figure takes its own line ("1,200 accounts" over "3,600 people"). */
td .fig { display: block; }
td .sep { display: none; }
/* A skipped (unconfigured) step: its note in the warning colour, as the map's badge marks it. */
tr.skipped th[scope='row'] { border-left: 3px dashed #b45309; }
.skip { color: #8a5b00; font-size: 12px; font-weight: 600; }
.picture { border: 1px solid #e2e8f0; border-radius: 8px; padding: 8px; text-align: center; background: #fbfdff; }
svg.journey { max-width: 100%; height: auto; max-height: 880px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; break-inside: avoid; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { padding: 5px 8px; border-bottom: 1px solid #e2e8f0; text-align: left; vertical-align: top; }
thead th { font-size: 12px; color: #475569; background: #f1f5f9; }
.n { text-align: right; font-variant-numeric: tabular-nums; }
.barcell { width: 34%; }
/* Step names keep room for about 26 characters a line next to the bar. */
table.funnel th[scope='row'] { width: 190px; }
.bar { height: 14px; background: #eef2ff; border-radius: 3px; margin-top: 3px; }
.bar span { display: block; height: 100%; background: #3358d4; border-radius: 3px; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.grid { display: grid; grid-template-columns: repeat(2, 1fr); gap: 0 24px; }
.warnings { padding-left: 18px; }
.warnings li { margin: 4px 0; }
.tag { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 4px; background: #e2e8f0; }
.tag.error { background: #fee2e2; color: #991b1b; }
.tag.warning { background: #fef3c7; color: #92400e; }
.tag.sim { background: #e0e7ff; color: #3730a3; }
.ok { color: #166534; }
.banner { border: 1px solid #f59e0b; background: #fffbeb; border-radius: 8px; padding: 10px 14px; margin: 12px 0; }
table.settings th[scope='row'] { width: 45%; font-weight: normal; color: #475569; }
.banner ul { margin: 6px 0 0; padding-left: 18px; }
footer { margin-top: 32px; color: #94a3b8; font-size: 12px; }
.picture-print { display: none; }
@media screen and (max-width: 480px) { .kpi.wide { grid-column: auto; } }
@page { size: A4; margin: 14mm; }
@media print {
  body { background: #fff; font-size: 12.5px; }
  h2 { margin: 18px 0 6px; }
  th, td { padding: 3px 6px; }
  .barcell { width: 18%; }
  /* On A4 the five figure columns (accounts over people) need the width: names keep a readable
     column and the bar, which repeats Entered, is left out. */
  table.funnel .barcell { display: none; }
  table.funnel td.n { font-size: 11.5px; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  table, .kpis { break-inside: avoid; }
  /* The funnel goes on from page 1 rather than leaving it empty (its head repeats); rows stay whole. */
  table.funnel { break-inside: auto; }
  tr { break-inside: avoid; }
  /* On paper the picture is printed in page-sized parts at full size (text 8.25 pt and up). */
  .picture-screen { display: none; }
  .picture-print { display: block; }
  .picture-part { margin: 0; break-inside: avoid; }
  .picture-part + .picture-part { break-before: page; }
  .picture-part svg.journey { display: block; margin: 0 auto; max-width: 100%; height: auto; max-height: none; }
  .picture-part figcaption { font-size: 11px; color: #475569; text-align: center; margin-top: 4px; }
  header { margin-bottom: 10px; }
  .kpis { margin: 10px 0; }
}
`;

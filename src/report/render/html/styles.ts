/** The export's whole stylesheet: inline, so the HTML file opens offline; light and dark; print-friendly. */
export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #f7f7f5; --card: #ffffff; --text: #1d1d1f; --muted: #5f6368; --line: #e3e3df;
  --accent: #3b5bdb; --flag: #c92a2a; --good: #2b8a3e;
  --flattery: #e8590c; --emoji: #ae3ec9; --agreement: #1c7ed6;
  --mark-flattery: #ffe8cc; --mark-emoji: #f3d9fa; --mark-agreement: #d0ebff;
}
/* Screen only: printouts always use the light palette. */
@media screen and (prefers-color-scheme: dark) {
  :root {
    --bg: #141517; --card: #1e1f22; --text: #e9ecef; --muted: #a6a7ab; --line: #373a40;
    --accent: #91a7ff; --flag: #ff8787; --good: #8ce99a;
    --flattery: #ffa94d; --emoji: #e599f7; --agreement: #74c0fc;
    --mark-flattery: #5c3a12; --mark-emoji: #4a2152; --mark-agreement: #143d5c;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 960px; margin: 0 auto; padding: 32px 24px 48px; }
h1 { font-size: 28px; line-height: 1.2; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 0 0 12px; }
p { margin: 0 0 8px; }
a { color: var(--accent); }
.muted { color: var(--muted); }
.small { font-size: 13px; }
.eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; font-weight: 600; color: var(--muted); margin: 0; }
.headline { font-size: 20px; line-height: 1.4; margin: 16px 0 20px; max-width: 46em; }
section, .card { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 20px; margin: 0 0 16px; }
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; margin: 0 0 16px; }
.kpi { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 14px 16px; }
.kpi .value { font-size: 28px; font-weight: 700; line-height: 1.2; font-variant-numeric: tabular-nums; }
.kpi .label { font-size: 13px; color: var(--muted); }
.kpi .delta { font-size: 13px; margin-top: 2px; }
.up { color: var(--flag); } .down { color: var(--good); } .flat { color: var(--muted); }
ul.changes { margin: 0; padding-left: 20px; } ul.changes li { margin: 4px 0; }
.grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px; margin: 0 0 16px; }
.grid2 section { margin: 0; }
figure { margin: 0; }
figcaption { font-size: 13px; color: var(--muted); margin-top: 6px; }
svg.chart { width: 100%; height: auto; display: block; font-size: 12px; }
svg.chart text { fill: var(--muted); }
svg.chart .grid { stroke: var(--line); stroke-width: 1; }
svg.chart .avg { fill: var(--accent); }
svg.chart .share { fill: var(--flag); opacity: .8; }
svg.chart .none { fill: var(--muted); }
svg.chart .line path { fill: none; stroke-width: 2.5; } svg.chart .avg.line path { stroke: var(--accent); } svg.chart .share.line path { stroke: var(--flag); }
.legend { display: flex; gap: 16px; font-size: 13px; color: var(--muted); margin: 0 0 6px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
.swatch.avg { background: var(--accent); } .swatch.share { background: var(--flag); opacity: .8; }
details { margin-top: 8px; font-size: 13px; }
summary { cursor: pointer; color: var(--muted); }
table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: middle; }
th { font-size: 12px; font-weight: 600; color: var(--muted); }
td.num, th.num { text-align: right; }
.meter { width: 90px; height: 8px; display: inline-block; vertical-align: middle; }
.meter .track { fill: var(--line); }
.meter .fill { fill: var(--accent); }
.meter .fill.flattery { fill: var(--flattery); } .meter .fill.emoji { fill: var(--emoji); } .meter .fill.agreement { fill: var(--agreement); }
.dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 6px; }
.dot.flattery { background: var(--flattery); } .dot.emoji { background: var(--emoji); } .dot.agreement { background: var(--agreement); }
mark { color: inherit; border-radius: 3px; padding: 0 2px; }
mark.flattery { background: var(--mark-flattery); } mark.emoji { background: var(--mark-emoji); } mark.agreement { background: var(--mark-agreement); }
.reply { border-top: 1px solid var(--line); padding: 14px 0; }
.reply:first-of-type { border-top: 0; padding-top: 0; }
.reply-head { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; margin-bottom: 6px; font-size: 13px; color: var(--muted); }
.score { font-size: 15px; font-weight: 700; color: var(--flag); }
.score.low { color: var(--text); }
.reply-text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 6px 0; padding: 10px 12px; border-left: 3px solid var(--line); background: var(--bg); border-radius: 0 8px 8px 0; }
.user-text { font-size: 13px; color: var(--muted); overflow-wrap: anywhere; }
.dropped { list-style: none; margin: 6px 0; padding: 0; font-size: 13px; color: var(--muted); overflow-wrap: anywhere; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; font-size: 12px; }
.chip { border: 1px solid var(--line); border-radius: 999px; padding: 1px 8px; }
.phrases { list-style: none; margin: 0; padding: 0; }
.phrases li { display: flex; justify-content: space-between; gap: 12px; padding: 6px 0; border-bottom: 1px solid var(--line); }
.phrases q { overflow-wrap: anywhere; }
.empty { text-align: center; padding: 32px 20px; }
footer { font-size: 13px; color: var(--muted); margin-top: 24px; }
footer p { margin: 4px 0; }
@media print {
  :root { --bg: #ffffff; --card: #ffffff; }
  body { font-size: 12px; }
  main { max-width: none; padding: 0; }
  section, .card, .kpi, .reply, figure { break-inside: avoid; }
  details { display: none; }
  .kpis { grid-template-columns: repeat(auto-fit, minmax(110px, 1fr)); }
  a { color: inherit; }
}
`;

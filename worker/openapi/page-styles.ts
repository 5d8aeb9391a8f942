// The one stylesheet of the worker's pages, inline (no CDN, no web fonts: system fonts only).
export const pageStyles = `
:root {
  --text: #1f2933; --muted: #5f6b7a; --line: #e3e7ed; --soft: #f6f8fa; --accent: #1f5fbf;
  --get: #0f7a5c; --post: #1f5fbf; --put: #9a5b00; --delete: #b42318; --patch: #6941c6;
  --ok: #0f7a5c; --client-error: #9a5b00; --server-error: #b42318;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  color-scheme: light;
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--text); background: #fff; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code, pre, textarea, .mono { font-family: var(--mono); font-size: 13px; }
code { background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; }
pre { background: #0f1720; color: #e6edf3; border-radius: 6px; padding: 12px 14px; overflow: auto; margin: 0; }
pre code { background: none; border: 0; padding: 0; color: inherit; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0 0 8px; }
h1 { font-size: 28px; }
h2 { font-size: 21px; margin-top: 8px; }
h3 { font-size: 17px; }
h4 { font-size: 13px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 18px 0 8px; }
p { margin: 0 0 10px; }
.layout { display: grid; grid-template-columns: 290px minmax(0, 1fr); min-height: 100vh; }
.sidebar { position: sticky; top: 0; align-self: start; height: 100vh; overflow-y: auto; padding: 24px 18px; background: var(--soft); border-right: 1px solid var(--line); }
.sidebar .brand { font-weight: 700; font-size: 18px; color: var(--text); display: block; margin-bottom: 2px; }
.sidebar .version { color: var(--muted); font-size: 13px; margin-bottom: 18px; }
.sidebar h5 { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 18px 0 6px; }
.sidebar ul { list-style: none; margin: 0; padding: 0; }
.sidebar li a { display: flex; gap: 8px; align-items: baseline; padding: 4px 6px; border-radius: 5px; color: var(--text); font-size: 13.5px; }
.sidebar li a:hover { background: #e9edf2; text-decoration: none; }
.sidebar li a .path { font-family: var(--mono); font-size: 12.5px; }
main { padding: 32px 48px 80px; max-width: 1040px; }
.lead { color: var(--muted); font-size: 16px; max-width: 760px; }
.notice { border: 1px solid var(--line); border-left: 4px solid var(--accent); background: var(--soft); border-radius: 6px; padding: 10px 14px; margin: 16px 0; max-width: 760px; }
.tag-section { margin-top: 36px; }
.tag-section > p { color: var(--muted); }
.operation { border: 1px solid var(--line); border-radius: 10px; margin: 16px 0 28px; overflow: hidden; scroll-margin-top: 16px; }
.operation > header { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; padding: 14px 18px; background: var(--soft); border-bottom: 1px solid var(--line); }
.operation > header .path { font-family: var(--mono); font-size: 15px; font-weight: 600; }
.operation > header .summary { color: var(--muted); margin-left: auto; }
.operation .body { padding: 6px 18px 18px; }
.method { display: inline-block; min-width: 54px; text-align: center; font: 700 11.5px/1 var(--mono); letter-spacing: .04em; text-transform: uppercase; color: #fff; border-radius: 4px; padding: 5px 7px; background: var(--muted); }
.method.get { background: var(--get); } .method.post { background: var(--post); } .method.put { background: var(--put); }
.method.delete { background: var(--delete); } .method.patch { background: var(--patch); }
.sidebar .method { min-width: 42px; font-size: 10px; padding: 3px 4px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 7px 10px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); font-weight: 600; }
.badge { display: inline-block; font-size: 11px; font-weight: 600; border-radius: 999px; padding: 1px 8px; border: 1px solid var(--line); color: var(--muted); background: #fff; white-space: nowrap; }
.badge.required { color: #b42318; border-color: #f4c7c3; background: #fff5f4; }
.status { display: inline-block; font: 700 13px/1 var(--mono); border-radius: 4px; padding: 4px 7px; color: #fff; background: var(--muted); }
.status.s2 { background: var(--ok); } .status.s4 { background: var(--client-error); } .status.s5 { background: var(--server-error); }
.type { color: var(--patch); font-family: var(--mono); font-size: 12.5px; }
.muted { color: var(--muted); }
.fields { list-style: none; margin: 0; padding: 0; }
.fields .fields { margin: 8px 0 0 6px; padding-left: 14px; border-left: 2px solid var(--line); }
.field { padding: 8px 0; border-bottom: 1px dashed var(--line); }
.fields .fields .field:last-child, .fields > .field:last-child { border-bottom: 0; }
.field-head { display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; }
.field-name { font-family: var(--mono); font-weight: 600; font-size: 13.5px; }
.field-description { color: var(--text); margin-top: 2px; font-size: 14px; }
.constraints { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; font-size: 12.5px; color: var(--muted); }
.constraints code { font-size: 12px; }
.constraints > span + span::before { content: "·"; margin-right: 6px; color: #aab3bf; }
details { border: 1px solid var(--line); border-radius: 8px; margin: 8px 0; }
details > summary { cursor: pointer; padding: 9px 12px; display: flex; gap: 10px; align-items: baseline; list-style: none; }
details > summary::-webkit-details-marker { display: none; }
details > summary::before { content: "\\25B8"; color: var(--muted); font-size: 12px; transition: transform .1s; }
details[open] > summary::before { transform: rotate(90deg); }
details > .details-body { padding: 4px 14px 12px; border-top: 1px solid var(--line); }
.try > .details-body { padding-top: 14px; }
.media-type { font-family: var(--mono); font-size: 12.5px; color: var(--muted); margin: 8px 0; }
.try { background: var(--soft); border-color: #cfd6df; }
.try > summary { font-weight: 600; }
.try form { display: grid; gap: 12px; }
.try label { display: grid; gap: 4px; font-size: 13px; font-weight: 600; }
.try label .hint { font-weight: 400; color: var(--muted); }
.try input, .try textarea { width: 100%; font: 13.5px var(--mono); padding: 7px 9px; border: 1px solid #c3ccd6; border-radius: 6px; background: #fff; color: var(--text); }
.try textarea { min-height: 220px; resize: vertical; line-height: 1.45; }
.try input:focus, .try textarea:focus { outline: 2px solid #9dbcf0; border-color: var(--accent); }
.inputs { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 12px; }
.actions { display: flex; gap: 10px; align-items: center; }
button { font: 600 14px system-ui, sans-serif; border-radius: 6px; padding: 8px 16px; border: 1px solid #c3ccd6; background: #fff; color: var(--text); cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
button:disabled { opacity: .6; cursor: progress; }
.result { display: grid; gap: 10px; margin-top: 4px; }
.result-head { display: flex; gap: 10px; align-items: center; }
.result pre { max-height: 480px; white-space: pre-wrap; overflow-wrap: anywhere; }
.result table { background: #fff; font-size: 13px; }
.result td:first-child { font-family: var(--mono); color: var(--muted); white-space: nowrap; }
.problem-table td:first-child, .problem-table td:nth-child(2), .parameters td:first-child { white-space: nowrap; width: 1%; }
.page { max-width: 760px; margin: 0 auto; padding: 40px 24px 80px; }
.page h2 { margin-top: 28px; }
.page .crumbs { color: var(--muted); font-size: 14px; margin-bottom: 18px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 6px 16px; margin: 18px 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
@media (max-width: 860px) {
  .layout { grid-template-columns: minmax(0, 1fr); }
  .sidebar { position: static; height: auto; border-right: 0; border-bottom: 1px solid var(--line); }
  main { padding: 24px 18px 60px; }
  .operation > header .summary { margin-left: 0; width: 100%; }
  .problem-table td:first-child { white-space: normal; overflow-wrap: anywhere; }
}
`;

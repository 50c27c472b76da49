// Reads the Chrome trace JSON that `tempo demo` writes (and GET /api/demo/trace serves) into traces of lines:
// spans ("X"), instant events ("i") and cause -> effect links ("s"/"f" flow pairs). Times in seconds.

export function readTraces(json) {
  const traces = new Map();
  const trace = (pid) => {
    if (!traces.has(pid)) traces.set(pid, { pid, name: `trace ${pid}`, lines: new Map(), links: [], events: [], end: 0 });
    return traces.get(pid);
  };
  const line = (t, tid) => {
    if (!t.lines.has(tid)) t.lines.set(tid, { tid, name: `line ${tid}`, spans: [] });
    return t.lines.get(tid);
  };
  const flows = new Map();
  for (const e of json.traceEvents) {
    const t = trace(e.pid);
    const at = (e.ts ?? 0) / 1e6;
    if (e.ph === "M" && e.name === "process_name") t.name = e.args.name;
    else if (e.ph === "M" && e.name === "thread_name") line(t, e.tid).name = e.args.name;
    else if (e.ph === "X") {
      const end = at + e.dur / 1e6;
      line(t, e.tid).spans.push({ start: at, end, state: e.args?.state ?? e.cat, label: e.args?.label ?? e.name, name: e.name });
      t.end = Math.max(t.end, end);
    } else if (e.ph === "i") t.events.push({ at, tid: e.tid, name: e.name });
    else if (e.ph === "s" || e.ph === "f") {
      const key = `${e.pid}/${e.id}`;
      const flow = flows.get(key) ?? { label: e.name };
      if (e.ph === "s") Object.assign(flow, { fromTid: e.tid, from: at });
      else Object.assign(flow, { toTid: e.tid, to: at });
      flows.set(key, flow);
      if (flow.fromTid !== undefined && flow.toTid !== undefined) t.links.push(flow);
    }
  }
  for (const t of traces.values()) t.lines = [...t.lines.values()].sort((a, b) => a.tid - b.tid);
  return [...traces.values()];
}

/** The links that end on `line` while `span` lasts: what woke a waiting line. */
export function wakers(trace, line, span) {
  const slack = Math.max(1e-6, (span.end - span.start) * 0.02);
  return trace.links.filter((l) => l.toTid === line.tid && l.to >= span.start - slack && l.to <= span.end + slack);
}

/** The name of the line with this id in the trace. */
export const lineName = (trace, tid) => trace.lines.find((l) => l.tid === tid)?.name ?? `line ${tid}`;

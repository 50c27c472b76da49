// Talking to Tempo's HTTP API: JSON requests, one-line errors, and Server-Sent Events read from a fetch body
// (so a POST can stream, and aborting the fetch closes the connection, which stops the server's work). Leaving the
// page cancels the stream's job too: a page the browser keeps in its back/forward cache keeps its connection open.

/** An error the server explained: `message` is the CLI's one-line text. */
export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

async function failure(response) {
  let message = `${response.status} ${response.statusText}`;
  try {
    const problem = await response.json();
    if (problem.detail) message = problem.detail;
  } catch {
    // Not a ProblemDetails body: keep the status line.
  }
  return new ApiError(message, response.status);
}

/** GET or POST and return the parsed JSON, or throw an ApiError with the server's message. */
export async function requestJson(path, { method = "GET", body, type = "application/json", signal } = {}) {
  const response = await fetch(path, {
    method,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    headers: body === undefined ? {} : { "Content-Type": type },
    signal,
  });
  if (!response.ok) throw await failure(response);
  return response.json();
}

/** GET or POST and return the text. */
export async function requestText(path, { method = "GET", body, type = "application/json", signal } = {}) {
  const response = await fetch(path, { method, body, headers: body === undefined ? {} : { "Content-Type": type }, signal });
  if (!response.ok) throw await failure(response);
  return response.text();
}

/**
 * POSTs and calls onEvent(name, data) for each Server-Sent Event until the stream ends.
 * Rejects with an ApiError when the server refuses the request (400, 429, ...). If the page is left (closed, reloaded,
 * or a link followed) while the stream runs, the job it named (`queued` / `started` {"id"}) is cancelled by a beacon.
 */
export async function streamEvents(path, { body, type = "application/json", signal, onEvent }) {
  const response = await fetch(path, { method: "POST", body, headers: { "Content-Type": type }, signal });
  if (!response.ok) throw await failure(response);
  let jobId = null;
  const leave = () => jobId && navigator.sendBeacon(`/api/jobs/${encodeURIComponent(jobId)}/cancel`);
  addEventListener("pagehide", leave);
  try {
    await readEvents(response, (name, data) => {
      if (name === "queued" || name === "started") jobId = JSON.parse(data).id ?? jobId;
      onEvent(name, data);
    });
  } finally {
    removeEventListener("pagehide", leave);
  }
}

async function readEvents(response, onEvent) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = "message";
      const data = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event: ")) name = line.slice(7);
        else if (line.startsWith("data: ")) data.push(line.slice(6));
      }
      onEvent(name, data.join("\n"));
    }
  }
}

/** What a `queued {"place","running"}` event says: the server runs a few jobs at once and the rest wait in line. */
export function queuedText({ place, running }) {
  return `Waiting for a free slot: number ${place} in the queue (${running} running on the server)…`;
}

/** Offers text as a file download. */
export function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// Drafts: a play the server refuses is not lost when it is saved. It is kept in this browser (localStorage), marked
// invalid with the server's message, listed under "Drafts", and opened back into the editor (where its error shows
// beside the player or action at fault again) or deleted.
const KEY = "tempo.soccer.drafts";

/** The drafts kept in this browser, newest first: [{ id, name, savedAt, source: "yaml"|"board", text?, model?, error }]. */
export function readDrafts() {
  try {
    const drafts = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(drafts) ? drafts : [];
  } catch {
    return []; // a damaged entry: start again rather than break the page
  }
}

function write(drafts) {
  localStorage.setItem(KEY, JSON.stringify(drafts));
}

/** Keeps a draft (a play with its error) and returns it. */
export function keepDraft({ name, source, text, model, error }) {
  const draft = { id: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, name, savedAt: new Date().toISOString(), source, text, model, error };
  write([draft, ...readDrafts()]);
  return draft;
}

export function deleteDraft(id) {
  write(readDrafts().filter((d) => d.id !== id));
}

/** Draws the list into `list`; onOpen(draft) when one is opened. */
export function showDrafts(list, onOpen, onChange = () => {}) {
  const drafts = readDrafts();
  list.replaceChildren(...drafts.map((draft) => {
    const item = document.createElement("li");
    item.className = "draft";
    item.dataset.id = draft.id;
    const title = Object.assign(document.createElement("div"), { className: "draft-title" });
    title.append(
      Object.assign(document.createElement("strong"), { textContent: draft.name }),
      Object.assign(document.createElement("span"), { className: "pill bad", textContent: "invalid" }),
      Object.assign(document.createElement("span"), { className: "muted", textContent: new Date(draft.savedAt).toLocaleString("en-GB") }),
    );
    const error = Object.assign(document.createElement("div"), { className: "draft-error", textContent: draft.error });
    const open = Object.assign(document.createElement("button"), { type: "button", className: "small draft-open", textContent: "Open" });
    open.addEventListener("click", () => onOpen(draft));
    const remove = Object.assign(document.createElement("button"), { type: "button", className: "small draft-delete", textContent: "Delete" });
    remove.addEventListener("click", () => {
      deleteDraft(draft.id);
      showDrafts(list, onOpen, onChange);
      onChange();
    });
    const buttons = Object.assign(document.createElement("div"), { className: "row" });
    buttons.append(open, remove);
    item.append(title, error, buttons);
    return item;
  }));
  list.closest(".card")?.classList.toggle("hidden", drafts.length === 0);
}

// Ribbon commands. The only button opens the task pane (ShowTaskpane needs no handler); this chunk still waits for
// Office so that the shared runtime initialises it like the other chunks. office.js may be missing outside Office.
if (typeof Office !== "undefined") {
  void Office.onReady().catch(() => undefined);
}

export {};

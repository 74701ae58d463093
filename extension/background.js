// The extension's background: Chrome's service worker, Firefox's event page (the same file; the
// manifests differ, scripts/build.mjs). It does only what needs the reader's click. The toolbar
// button and the "Summarise selection" menu entry open the side panel (Chrome's side_panel,
// Firefox's sidebar_action: both open only while a click is being handled, so first) and tell it
// which tab to read, in storage.session (in memory, gone when the browser closes). The click is
// also what grants activeTab: the panel may then read and mark that one tab
// (scripting.executeScript) until it navigates. No host permission, no network, no content script.
const api = globalThis.browser || globalThis.chrome;
const MENU = 'nutshell-selection';

api.runtime.onInstalled.addListener(() => {
  api.contextMenus.create({ id: MENU, title: api.i18n.getMessage('extMenuSelection'), contexts: ['selection'] });
});

/** The reader asked for the summary of `tab` (`selection`: of its selection, in frame `frameId`). */
function summarise(tab, selection, frameId) {
  if (!tab || tab.id === undefined || tab.id < 0) return undefined;
  if (api.sidePanel) api.sidePanel.open({ windowId: tab.windowId }).catch(() => {});
  else api.sidebarAction.open().catch(() => {});
  const request = { id: crypto.randomUUID(), tabId: tab.id, windowId: tab.windowId, selection, frameId: frameId || 0 };
  return api.storage.session.set({ request });
}

function onAction(tab) {
  return summarise(tab, false, 0);
}

function onMenu(info, tab) {
  if (info.menuItemId === MENU) return summarise(tab, true, info.frameId);
  return undefined;
}

api.action.onClicked.addListener(onAction);
api.contextMenus.onClicked.addListener(onMenu);

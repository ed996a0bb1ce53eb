import { defineBackground } from 'wxt/utils/define-background';

// The toolbar button and its keyboard shortcut (`_execute_action` in wxt.config.ts) open
// the popup without help from the worker, and all work happens in the popup and the
// injected content script. The worker stays empty so it costs nothing while idle.
export default defineBackground(() => {});

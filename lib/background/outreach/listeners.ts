import type { ReplyPoller, ReplySettings } from './reply-poller';
import { REPLY_ALARM } from './reply-poller';
import { routeOfNotification } from './notifier';

/** The events the reply notifications listen to. */
export interface ListenerBrowser {
  readonly alarms: {
    readonly onAlarm: { addListener(callback: (alarm: { readonly name: string }) => void): void };
  };
  readonly notifications: {
    readonly onClicked: { addListener(callback: (id: string) => void): void };
    clear(id: string): Promise<boolean>;
  };
  readonly tabs: { create(properties: { url: string }): Promise<unknown> };
}

export interface ReplyListenerDeps {
  readonly poller: ReplyPoller;
  readonly browser: ListenerBrowser;
  /** `browser.runtime.getURL('/dashboard.html')`. */
  readonly dashboardUrl: string;
  readonly readSettings: () => Promise<ReplySettings>;
  readonly watchSettings: (onChange: (settings: ReplySettings) => void) => void;
}

/** Registers the alarm, notification-click and settings listeners. Call synchronously at the top of main. */
export function registerReplyListeners(deps: ReplyListenerDeps): void {
  deps.browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REPLY_ALARM) void deps.poller.poll();
  });
  deps.browser.notifications.onClicked.addListener((id) => {
    const route = routeOfNotification(id);
    if (route === undefined) return;
    void deps.browser.tabs.create({ url: `${deps.dashboardUrl}${route}` });
    void deps.browser.notifications.clear(id);
  });
  deps.watchSettings((settings) => void deps.poller.sync(settings));
  // The worker may have been asleep when the settings changed: re-align the alarm on every start.
  void deps.readSettings().then((settings) => deps.poller.sync(settings));
}

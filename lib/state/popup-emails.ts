import type { StoreApi } from 'zustand/vanilla';
import type { Prospect } from '../messaging/protocol/dto';
import type { PopupActions, PopupState, PopupStoreDeps } from './popup-types';
import { visibleEmails } from './popup-selectors';
import { settle, unreachable } from './remote';

type Set = StoreApi<PopupState>['setState'];
type Get = StoreApi<PopupState>['getState'];

type EmailActions = Pick<PopupActions, 'verify' | 'reveal' | 'findEmail' | 'copy'> & {
  readonly refreshVerifications: () => Promise<void>;
};

function replaceProspect(list: readonly Prospect[], next: Prospect): Prospect[] {
  return list.map((p) => (p.key === next.key ? next : p));
}

/** Verification, reveal, finder and clipboard actions of the popup store. */
export function createEmailActions(set: Set, get: Get, deps: PopupStoreDeps): EmailActions {
  const { send } = deps;
  const refreshVerifications = async (): Promise<void> => {
    const emails = visibleEmails(get());
    if (emails.length === 0) return;
    const fresh = await send('getVerifications', { emails }).catch(() => ({}));
    const known = Object.fromEntries(
      Object.entries(fresh).filter(([, info]) => info !== null && info.status !== 'unverified'),
    );
    set((state) => ({
      verifications: { ...state.verifications, ...fresh },
      checking: state.checking.filter((email) => !(email in known)),
    }));
  };
  return {
    refreshVerifications,
    verify: async (emails) => {
      if (emails.length === 0) return false;
      set((state) => ({ checking: [...new Set([...state.checking, ...emails])], error: null }));
      const result = await send('verifyEmails', { emails: [...emails] }).catch(() => null);
      if (!result?.ok) {
        set((state) => ({
          error: result?.error ?? unreachable,
          checking: state.checking.filter((e) => !emails.includes(e)),
        }));
        return false;
      }
      set({ notice: `Verifying ${emails.length} ${emails.length === 1 ? 'address' : 'addresses'}…` });
      return true;
    },
    reveal: async (prospect) => {
      if (!prospect.prospectHash) return;
      set((state) => ({ revealing: [...state.revealing, prospect.key] }));
      const result = await send('revealProspectEmails', { prospectHash: prospect.prospectHash }).catch(
        () => null,
      );
      set((state) => ({ revealing: state.revealing.filter((key) => key !== prospect.key) }));
      if (!result?.ok) {
        set({ error: result?.error ?? unreachable });
        return;
      }
      const next = { ...prospect, emails: [...result.value] };
      set((state) => {
        const page = state.prospects.status === 'idle' ? undefined : state.prospects.value;
        return {
          found: replaceProspect(state.found, next),
          notice:
            result.value.length === 0
              ? `No e-mail found for ${prospect.name}.`
              : `Found ${result.value.length} e-mail(s) for ${prospect.name}.`,
          ...(page
            ? {
                prospects: {
                  status: 'ready' as const,
                  value: { ...page, prospects: replaceProspect(page.prospects, next) },
                },
              }
            : {}),
        };
      });
    },
    findEmail: async (input) => {
      set({ finder: { status: 'loading' } });
      const result = await send('findEmail', input).catch(() => null);
      const settled = settle(get().finder, result ?? { ok: false, error: unreachable });
      set((state) => ({
        finder: settled,
        found: result?.ok
          ? [result.value, ...state.found.filter((p) => p.key !== result.value.key)]
          : state.found,
      }));
    },
    copy: async (email) => {
      try {
        await deps.copy(email);
        set({ notice: `Copied ${email}` });
      } catch {
        set({ notice: 'Could not copy: select the address and press Ctrl+C.' });
      }
    },
  };
}

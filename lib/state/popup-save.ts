import type { StoreApi } from 'zustand/vanilla';
import type { Membership } from '../messaging/protocol';
import { toProspectInput } from './prospect-input';
import { allProspects, listName, selectedProspects, targetListId } from './popup-selectors';
import type { PopupActions, PopupState, PopupStoreDeps } from './popup-types';
import { exportProspects, plural } from './export-csv';
import { loading, settle, unreachable } from './remote';

type Set = StoreApi<PopupState>['setState'];
type Get = StoreApi<PopupState>['getState'];

type SaveActions = Pick<
  PopupActions,
  'toggle' | 'toggleAll' | 'selectList' | 'selectCampaign' | 'createList' | 'addSelected' | 'exportSelected'
> & {
  readonly loadTargets: () => Promise<void>;
  readonly refreshMembership: () => Promise<void>;
};

/** Selection, lists, campaigns, add-to-list and CSV export actions of the popup store. */
export function createSaveActions(set: Set, get: Get, deps: PopupStoreDeps): SaveActions {
  const { send } = deps;

  const membershipFor = async (listId: number): Promise<Readonly<Record<string, Membership>>> => {
    const keys = allProspects(get()).map((p) => p.key);
    if (keys.length === 0) return {};
    return send('getMembership', { listId, keys }).catch(() => ({}));
  };

  const refreshMembership = async (): Promise<void> => {
    const listId = get().listId;
    if (listId === null) return;
    const membership = await membershipFor(listId);
    if (get().listId === listId) set({ membership });
  };

  return {
    refreshMembership,
    loadTargets: async () => {
      set((state) => ({ lists: loading(state.lists), campaigns: loading(state.campaigns) }));
      const [lists, campaigns] = await Promise.all([
        send('getLists', undefined).catch(() => null),
        send('getCampaigns', undefined).catch(() => null),
      ]);
      set((state) => ({
        lists: settle(state.lists, lists ?? { ok: false, error: unreachable }),
        campaigns: settle(state.campaigns, campaigns ?? { ok: false, error: unreachable }),
      }));
    },
    toggle: (key, isSelected) => {
      set((state) => ({
        selected: isSelected
          ? [...new Set([...state.selected, key])]
          : state.selected.filter((k) => k !== key),
      }));
    },
    toggleAll: (keys, isSelected) => {
      set((state) => ({
        selected: isSelected
          ? [...new Set([...state.selected, ...keys])]
          : state.selected.filter((k) => !keys.includes(k)),
      }));
    },
    selectList: async (listId) => {
      set({ listId, membership: {} });
      await refreshMembership();
    },
    selectCampaign: (campaignId) => {
      set({ campaignId });
    },
    createList: async (name) => {
      set({ isCreatingList: true, error: null });
      const result = await send('createList', { name }).catch(() => null);
      set({ isCreatingList: false });
      if (!result?.ok) {
        set({ error: result?.error ?? unreachable });
        return;
      }
      const list = result.value;
      set((state) => ({
        lists: {
          status: 'ready',
          value: [list, ...(state.lists.status === 'idle' ? [] : (state.lists.value ?? []))],
        },
        listId: list.id,
        membership: {},
        notice: `Created list ${list.name}`,
      }));
    },
    addSelected: async (target) => {
      const listId = targetListId(get(), target);
      if (listId === null) return;
      set({ isSaving: true, error: null, listId });
      const chosen = selectedProspects(get());
      const membership = await membershipFor(listId);
      const fresh = chosen.filter((p) => membership[p.key] !== 'in-list');
      const inputs = fresh.flatMap((p) => toProspectInput(p) ?? []);
      const name = listName(get(), listId);
      const unsendable = fresh.length - inputs.length;
      if (inputs.length === 0) {
        const why =
          unsendable > 0
            ? `${plural(unsendable, 'prospect')} without an e-mail or LinkedIn URL`
            : 'nothing new';
        set({
          isSaving: false,
          membership,
          notice: `Nothing to add to ${name}: ${plural(chosen.length - fresh.length, 'prospect')} already in list, ${why}.`,
        });
        return;
      }
      const result = await send('addToList', { listId, prospects: inputs }).catch(() => null);
      if (!result?.ok) {
        set({ isSaving: false, membership, error: result?.error ?? unreachable });
        return;
      }
      const marks: Record<string, Membership> = { ...membership };
      for (const input of inputs)
        marks[input.key] = result.value.skipped.includes(input.key) ? 'in-list' : 'saving';
      const added = inputs.length - result.value.skipped.length;
      const already = chosen.length - fresh.length + result.value.skipped.length;
      set({
        isSaving: false,
        membership: marks,
        notice: `Adding ${plural(added, 'prospect')} to ${name}${already > 0 ? ` (${already} already in list)` : ''}.`,
      });
    },
    exportSelected: () => {
      const chosen = selectedProspects(get());
      if (chosen.length === 0) return;
      void exportProspects(chosen, get().domain ?? 'prospects', deps).then((outcome) => {
        set(outcome);
      });
    },
  };
}

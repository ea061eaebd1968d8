import type { ApiError } from '../errors';
import type { DomainProspectsPage, JobView, Membership, TabContext } from '../messaging/protocol';
import type { CompanyView, EmailInfo, Prospect, SnovCampaign, SnovList } from '../messaging/protocol/dto';
import type { Remote } from './remote';
import type { Send } from './send';

/** What the popup store needs from the extension; tests pass fakes. */
export interface PopupStoreDeps {
  readonly send: Send;
  /** Calls back whenever the persisted jobs change (local:jobs); returns the unwatch function. */
  readonly watchJobs: (onChange: () => void) => () => void;
  readonly copy: (text: string) => Promise<void>;
  readonly saveFile: (name: string, text: string) => void;
  readonly now: () => Date;
}

/** Where "Add" sends the selection. */
export type SaveTarget =
  | { readonly kind: 'list'; readonly listId: number }
  | { readonly kind: 'campaign'; readonly campaignId: number };

export interface EmailsState {
  readonly emails: readonly string[];
  readonly total: number;
  readonly next: string | null;
}

export interface PopupData {
  readonly tabId: number | null;
  readonly context: Remote<TabContext | null>;
  readonly domain: string | null;
  readonly company: Remote<CompanyView>;
  readonly positions: string;
  readonly prospects: Remote<DomainProspectsPage>;
  readonly emails: Remote<EmailsState>;
  readonly generic: Remote<EmailsState>;
  /** People found with "Find e-mail", newest first; selectable like domain prospects. */
  readonly found: readonly Prospect[];
  readonly finder: Remote<Prospect | null>;
  readonly verifications: Readonly<Record<string, EmailInfo | null>>;
  readonly checking: readonly string[];
  readonly revealing: readonly string[];
  readonly selected: readonly string[];
  readonly lists: Remote<readonly SnovList[]>;
  readonly campaigns: Remote<readonly SnovCampaign[]>;
  readonly listId: number | null;
  readonly campaignId: number | null;
  readonly membership: Readonly<Record<string, Membership>>;
  readonly isSaving: boolean;
  readonly isCreatingList: boolean;
  readonly jobs: readonly JobView[];
  /** The last failed action, shown as a banner with its next step. */
  readonly error: ApiError | null;
  /** A polite announcement ("Copied", "Added 2 prospects"). */
  readonly notice: string | null;
}

export interface PopupActions {
  readonly init: (tabId: number, defaultListId: number | null) => Promise<void>;
  readonly dispose: () => void;
  readonly chooseDomain: (domain: string) => Promise<void>;
  readonly setPositions: (text: string) => void;
  readonly loadProspects: (page: number) => Promise<void>;
  readonly loadEmails: (kind: 'all' | 'generic', more: boolean) => Promise<void>;
  readonly verify: (emails: readonly string[]) => Promise<boolean>;
  readonly reveal: (prospect: Prospect) => Promise<void>;
  readonly findEmail: (input: { firstName: string; lastName: string; domain: string }) => Promise<void>;
  readonly copy: (email: string) => Promise<void>;
  readonly toggle: (key: string, isSelected: boolean) => void;
  readonly toggleAll: (keys: readonly string[], isSelected: boolean) => void;
  readonly selectList: (listId: number | null) => Promise<void>;
  readonly selectCampaign: (campaignId: number | null) => void;
  readonly createList: (name: string) => Promise<void>;
  readonly addSelected: (target: SaveTarget) => Promise<void>;
  readonly exportSelected: () => void;
  readonly refreshJobs: () => Promise<void>;
  readonly cancelJob: (jobId: string) => Promise<void>;
  readonly retryJob: (jobId: string) => Promise<void>;
  readonly dismissError: () => void;
}

export type PopupState = PopupData & PopupActions;

import { computed, reactive, ref, watch, type Ref } from 'vue';
import { messageFor, request } from '../../api/client';
import { GuidesDocument, GuideVersionsDocument, type Band, type GuideContentInput } from '../../gql/graphql';
import { GuideSaveError, saveGuide } from './guide-api';
import { cloneContent, localIssues, openIssues, sameContent, toContentInput, type Guide, type GuideIssue } from './guide-content';

/** The edit in progress on one band: it starts from `base`, the latest version when loaded. */
interface BandDraft {
  base: Guide;
  content: GuideContentInput;
  note: string;
  issues: GuideIssue[];
  /** The content the issues were found in. */
  issuesIn: GuideContentInput | null;
  /** The latest version number when a save hit GUIDE_VERSION_CONFLICT. */
  conflict: number | null;
  savedVersion: number | null;
}

const fresh = (base: Guide, savedVersion: number | null = null): BandDraft => ({
  base,
  content: toContentInput(base.content),
  note: '',
  issues: [],
  issuesIn: null,
  conflict: null,
  savedVersion,
});

/**
 * State of the guide editor: one draft per band (switching tabs keeps unsaved edits), the
 * version history of the selected band, and saving / restoring as new versions.
 */
export function useGuideEditor(studyId: Ref<string>) {
  const studyName = ref('');
  const band = ref<Band>('DETRACTOR');
  const drafts = reactive<Partial<Record<Band, BandDraft>>>({});
  const versions = reactive<Partial<Record<Band, Guide[]>>>({});
  const selectedId = ref<string | null>(null);
  const loaded = ref(false);
  const saving = ref(false);
  const error = ref('');

  const draft = computed(() => drafts[band.value] ?? null);
  const history = computed(() => versions[band.value] ?? (draft.value ? [draft.value.base] : []));
  /** An older version picked in the history, shown read-only; null while editing the latest. */
  const viewing = computed(() => history.value.find((g) => g.id === selectedId.value && g.id !== draft.value?.base.id) ?? null);
  const shown = computed(() => viewing.value ?? draft.value?.base ?? null);
  const isDirty = (d: BandDraft | undefined) => d !== undefined && !sameContent(d.content, toContentInput(d.base.content));
  const dirty = computed(() => isDirty(draft.value ?? undefined));
  const issues = computed(() => {
    const d = draft.value;
    return d?.issuesIn ? openIssues(d.issues, d.issuesIn, d.content) : [];
  });
  const dirtyBands = computed(() => (Object.keys(drafts) as Band[]).filter((b) => isDirty(drafts[b])));

  async function load() {
    try {
      const study = (await request(GuidesDocument, { studyId: studyId.value })).study;
      studyName.value = study?.name ?? '';
      for (const guide of study?.guides ?? []) if (!isDirty(drafts[guide.band])) drafts[guide.band] = fresh(guide);
      await loadVersions(band.value);
    } catch (e) {
      error.value = messageFor(e);
    } finally {
      loaded.value = true;
    }
  }

  async function loadVersions(which: Band) {
    const list = (await request(GuideVersionsDocument, { studyId: studyId.value, band: which })).guideVersions;
    versions[which] = list;
    const current = drafts[which];
    // A version saved elsewhere since the page loaded: edit from it unless there are edits to keep.
    if (list[0] && (!current || (!isDirty(current) && current.base.version < list[0].version))) drafts[which] = fresh(list[0]);
  }

  async function selectBand(which: Band) {
    band.value = which;
    selectedId.value = null;
    if (!versions[which])
      await loadVersions(which).catch((e: unknown) => {
        error.value = messageFor(e);
      });
  }

  /** Drops the edit of this band and starts again from the latest version on the server. */
  async function reload() {
    const which = band.value;
    try {
      await loadVersions(which);
      const latest = versions[which]?.[0];
      if (latest) drafts[which] = fresh(latest);
      selectedId.value = null;
    } catch (e) {
      error.value = messageFor(e);
    }
  }

  async function submit(d: BandDraft, content: GuideContentInput, note: string) {
    const which = band.value;
    saving.value = true;
    error.value = '';
    d.savedVersion = null;
    try {
      const saved = await saveGuide({
        studyId: studyId.value,
        band: which,
        baseVersion: d.base.version,
        content,
        note: note.trim() || null,
      });
      drafts[which] = fresh(saved, saved.version);
      versions[which] = [saved, ...(versions[which] ?? [])];
      selectedId.value = null;
    } catch (e) {
      if (e instanceof GuideSaveError && e.code === 'GUIDE_INVALID') {
        d.issues = e.issues;
        d.issuesIn = cloneContent(content);
      } else if (e instanceof GuideSaveError && e.code === 'GUIDE_VERSION_CONFLICT') d.conflict = e.latestVersion ?? d.base.version + 1;
      else error.value = messageFor(e);
    } finally {
      saving.value = false;
    }
  }

  async function save() {
    const d = draft.value;
    if (!d || saving.value) return;
    d.issues = localIssues(d.content);
    d.issuesIn = cloneContent(d.content);
    d.conflict = null;
    if (d.issues.length === 0) await submit(d, d.content, d.note);
  }

  /** Saves an older version's content as the next version (history is never rewritten). */
  async function restore(guide: Guide) {
    const d = draft.value;
    if (!d || saving.value) return;
    d.issues = [];
    d.conflict = null;
    await submit(d, toContentInput(guide.content), `Restored version ${guide.version}`);
  }

  watch(
    studyId,
    () => {
      for (const b of Object.keys(drafts) as Band[]) delete drafts[b];
      for (const b of Object.keys(versions) as Band[]) delete versions[b];
      void load();
    },
    { immediate: true },
  );

  return {
    studyName,
    band,
    draft,
    issues,
    history,
    viewing,
    shown,
    dirty,
    dirtyBands,
    selectedId,
    loaded,
    saving,
    error,
    selectBand,
    save,
    restore,
    reload,
  };
}

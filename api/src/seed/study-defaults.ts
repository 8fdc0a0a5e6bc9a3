import { seedDefaultGuides } from '../guide/guide.service.js';
import type { StudySetup } from '../study/study.service.js';
import { seedDefaultTaxonomy } from '../taxonomy/taxonomy.service.js';

/** What every new study starts with, through the API or the demo seed: one guide per band and the default taxonomy. */
export const STUDY_DEFAULTS: readonly StudySetup[] = [seedDefaultGuides, seedDefaultTaxonomy];

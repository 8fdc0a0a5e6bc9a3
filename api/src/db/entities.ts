import { ApiKey } from '../api-key/api-key.entity.js';
import { Escalation } from '../escalation/escalation.entity.js';
import { InterviewGuide } from '../guide/interview-guide.entity.js';
import { InterviewSession } from '../interview/interview-session.entity.js';
import { Turn } from '../interview/turn.entity.js';
import { Respondent, RespondentContact } from '../respondent/respondent.entity.js';
import { Study } from '../study/study.entity.js';
import { DriverTaxonomy } from '../taxonomy/driver-taxonomy.entity.js';
import { Wave } from '../wave/wave.entity.js';
import { Workspace } from '../workspace/workspace.entity.js';

export const entities = [
  Workspace,
  ApiKey,
  Study,
  Wave,
  InterviewGuide,
  DriverTaxonomy,
  Respondent,
  RespondentContact,
  InterviewSession,
  Turn,
  Escalation,
];

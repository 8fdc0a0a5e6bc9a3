export { interviewWorkflow } from './interview.workflow.js';
export { waveAnalysisWorkflow } from './wave-analysis.workflow.js';
export { fieldingWorkflow } from './fielding.workflow.js';
export { erasurePurgeWorkflow, retentionWorkflow } from './erasure.workflow.js';
export { orphanSweepWorkflow } from './orphan-sweep.workflow.js';
export { webhookDispatcherWorkflow } from './webhook-dispatcher.workflow.js';
export { alertEvaluatorWorkflow } from './alert-evaluator.workflow.js';
export { codingAgreementRunWorkflow, codingAgreementWatcherWorkflow } from './coding-agreement.workflow.js';

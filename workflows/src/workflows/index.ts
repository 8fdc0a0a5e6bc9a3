export { interviewWorkflow } from './interview.workflow.js';
export { waveAnalysisWorkflow } from './wave-analysis.workflow.js';

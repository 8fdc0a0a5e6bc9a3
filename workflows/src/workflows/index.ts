export { interviewWorkflow } from './interview.workflow.js';

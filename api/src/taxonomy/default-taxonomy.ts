export interface TaxonomyDriver { key: string; label: string; description: string; examples: string[] }
export interface TaxonomyCategory { key: string; label: string; drivers: TaxonomyDriver[] }
export interface TaxonomyContent { categories: TaxonomyCategory[] }

const d = (key: string, label: string, description: string, ...examples: string[]): TaxonomyDriver =>
  ({ key, label, description, examples });

/** A default driver taxonomy for B2B software NPS; studies copy it and edit their own versions. */
export const DEFAULT_TAXONOMY: TaxonomyContent = {
  categories: [
    { key: 'product', label: 'Product', drivers: [
      d('reliability', 'Reliability', 'Outages, errors, things that break or behave inconsistently', 'it keeps crashing', 'sync fails every week'),
      d('performance', 'Performance', 'Speed and responsiveness', 'reports take minutes to load'),
      d('usability', 'Usability', 'How easy the product is to learn and use day to day', 'clunky', 'too many clicks'),
      d('missing_capability', 'Missing capability', 'A needed feature does not exist', 'we still export to spreadsheets for that'),
      d('integrations', 'Integrations', 'Connections to the rest of the customer\'s stack', 'the Salesforce connector drops fields'),
      d('data_quality', 'Data quality', 'Accuracy and completeness of the data shown', 'numbers do not match our warehouse'),
    ] },
    { key: 'experience', label: 'Customer experience', drivers: [
      d('onboarding', 'Onboarding and implementation', 'Getting set up and live', 'implementation took six months'),
      d('support', 'Support responsiveness and quality', 'Speed and competence of support', 'tickets sit for days'),
      d('account_management', 'Account management', 'The relationship with the account team', 'we never hear from our CSM'),
      d('trust', 'Trust and accountability', 'Confidence that the vendor keeps its word and owns problems', 'nobody took responsibility'),
      d('sales_gap', 'Sales-expectation gap', 'What was sold or demoed differs from what was delivered', 'the demo showed features we never got'),
    ] },
    { key: 'commercial', label: 'Commercial', drivers: [
      d('pricing_value', 'Pricing and value', 'Price relative to perceived value', 'too expensive for what we use'),
      d('billing', 'Billing', 'Invoices, contracts and billing errors', 'we were double-charged'),
      d('competitive', 'Competitive alternatives', 'Other vendors considered or compared', 'we are evaluating another vendor'),
    ] },
    { key: 'risk', label: 'Risk', drivers: [
      d('security_compliance', 'Security and compliance', 'Security posture, certifications, data protection', 'our security team flagged it'),
    ] },
  ],
};

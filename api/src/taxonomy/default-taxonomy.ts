export { DEFAULT_TAXONOMY, type TaxonomyCategory, type TaxonomyContent, type TaxonomyDriver } from '@ladder/workflows/contracts/taxonomy';

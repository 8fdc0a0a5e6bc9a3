export { DEFAULT_TAXONOMY, type TaxonomyCategory, type TaxonomyContent, type TaxonomyDriver } from '@ladder/contracts/taxonomy';

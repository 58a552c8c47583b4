// Browser: the fee and benefit verdicts, which the calculator draws only once an offer type is chosen, so it loads
// them then (guide checks import them with their page).
export { default as FeeResult } from '../FeeResult.svelte';
export { default as BenefitVerdicts } from '../BenefitVerdicts.svelte';

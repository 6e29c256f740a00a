// The part of GOV.UK's accessible-autocomplete (which ships no types) that the drug type-ahead uses.
declare module 'accessible-autocomplete' {
  interface EnhanceOptions {
    selectElement: HTMLSelectElement;
    defaultValue?: string;
    showAllValues?: boolean;
    dropdownArrow?: () => string;
    minLength?: number;
    confirmOnBlur?: boolean;
    tNoResults?: () => string;
  }
  const accessibleAutocomplete: { enhanceSelectElement(options: EnhanceOptions): void };
  export default accessibleAutocomplete;
}

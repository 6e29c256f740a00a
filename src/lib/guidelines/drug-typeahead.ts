// The Drug filter on /guidelines as a type-ahead: GOV.UK's accessible autocomplete (a combobox) over the plain select,
// which is what people without JavaScript get and what the form submits.
import accessibleAutocomplete from 'accessible-autocomplete';
import 'accessible-autocomplete/dist/accessible-autocomplete.min.css';

export function enhanceDrugSelect(select: HTMLSelectElement): void {
  const chosen = select.selectedOptions[0];
  // The text box takes the select's id (so its label names it); the select becomes `<id>-select`.
  const id = select.id;
  const form = select.form;
  // The "All" option stays in the select for the form, but is not a drug to type: an empty box means all drugs.
  const all = select.querySelector<HTMLOptionElement>('option[value=""]');
  all?.remove();
  accessibleAutocomplete.enhanceSelectElement({
    selectElement: select,
    defaultValue: chosen?.value ? chosen.text : '',
    showAllValues: true,
    minLength: 0,
    confirmOnBlur: false,
    tNoResults: () => 'No guideline names this drug',
  });
  if (all) select.prepend(all);
  if (!chosen?.value && all) all.selected = true;
  // What is in the box when the form is sent decides: a drug's name filters by it, an empty box shows all drugs.
  const input = document.getElementById(id) as HTMLInputElement | null;
  form?.addEventListener('submit', () => {
    if (!input) return;
    const typed = input.value.trim().toLowerCase();
    const match = [...select.options].find((o) => o.value && o.text.toLowerCase() === typed);
    if (match) match.selected = true;
    else if (all) all.selected = true;
  });
}

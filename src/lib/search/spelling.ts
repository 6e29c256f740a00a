// UK and US spellings fold to one form, applied to every word indexed and every word searched, so either finds both.
// The folded form is only a key: it is never shown.

/** Rewrites applied in order to a lower-case word. Each only touches the letters that differ between UK and US. */
export const spellingRules: [RegExp, string][] = [
  [/ae(?=m)/g, 'e'], // haemoglobin, anaemia, hyponatraemia, hyperprolactinaemia, ischaemia, leukaemia
  [/paed/g, 'ped'], // paediatric, orthopaedic
  [/aes(?=th)/g, 'es'], // anaesthetic
  [/gynae/g, 'gyne'], // gynaecology
  [/caes/g, 'ces'], // caesarean
  [/^oe(?=[dsn])/, 'e'], // oedema, oesophagus, oestrogen
  [/oea(?=l?s?$)/, 'ea'], // diarrhoea, dyspnoea, apnoea, amenorrhoea
  [/coel/g, 'cel'], // coeliac
  [/foet/g, 'fet'], // foetal
  [/leuc(?=o)/g, 'leuk'], // leucocyte, leucopenia
  [/sulph/g, 'sulf'], // sulphate, sulphonylurea
  [/(counse|labe|mode|trave|signa|cance|tranqui|fue|leve)ll/g, '$1l'], // counselling, tranquilliser
  [/(?<=\w{2})isation(?=s?$)/, 'ization'], // tranquillisation, hospitalisation
  [/(?<=\w{2})is(?=e[sdr]?$|ers$|ing$)/, 'iz'], // stabilise(r), recognised, minimising
  [/(?<=\w{2})ys(?=e[sd]?$|ing$)/, 'yz'], // analyse, paralysed
  [/(?<=\w{2})our(?=s?$|al$|ally$|ed$|ing$|ite$|ites$)/, 'or'], // behaviour(al), tumour, colour, labour
  [/(?<=\w{2})tre(?=s?$)/, 'ter'], // centre, litre, titre
  [/(?<=\w{2})bre(?=s?$)/, 'ber'], // fibre
  [/(?<=\w{2})ogue(?=s?$)/, 'og'], // catalogue
  [/^programme/, 'program'],
  [/ageing/g, 'aging'],
  [/judgement/g, 'judgment'],
];

/** The shared form of a lower-case word's UK and US spellings. */
export function foldSpelling(word: string): string {
  let folded = word;
  for (const [pattern, replacement] of spellingRules) folded = folded.replace(pattern, replacement);
  return folded;
}

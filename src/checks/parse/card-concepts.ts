// The sections a card is expected to have, as concepts: the heading names Model Cards, Hugging Face
// cards, Data Cards and Datasheets give each, in Spanish and English.

export type CardFramework = 'mitchell' | 'hf-model' | 'hf-dataset' | 'data-cards' | 'datasheets' | 'common';

export interface SectionConcept {
  id: string;
  /** The concept's name for people (shown as "looked for: …"). */
  label: { es: string; en: string };
  /** Whether the concept belongs to model cards, data cards, or both. */
  card: 'model' | 'data' | 'both';
  frameworks: CardFramework[];
  /** Regex sources matched case-insensitively against a heading (numbering, emphasis and "[optional]" removed). */
  headings: string[];
  /** Headings that contain a match but mean something else ("Out-of-Scope Use" is not "Use"). */
  exclude?: string[];
}

const NOT_IN_SCOPE = ['out[- ]of[- ]scope', 'fuera de(l)? (alcance|[aá]mbito)', 'no previst', 'unsuitable', 'unintended', 'misuse', 'mal uso', 'no recomendad', 'not recommended', 'prohibid'];

export const SECTION_CONCEPTS: SectionConcept[] = [
  {
    id: 'model-details',
    label: { es: 'detalles del modelo', en: 'model details' },
    card: 'model',
    frameworks: ['mitchell', 'hf-model'],
    headings: ['model details', 'model description', 'model summary', 'model overview', 'about the model', 'detalles del modelo', 'descripci[oó]n del modelo', 'resumen del modelo', 'informaci[oó]n del modelo', 'sobre el modelo'],
  },
  {
    id: 'intended-use',
    label: { es: 'uso previsto', en: 'intended use' },
    card: 'both',
    frameworks: ['mitchell', 'hf-model', 'hf-dataset', 'data-cards', 'datasheets'],
    headings: ['intended uses?', 'uses', 'direct use', 'downstream use', 'primary intended uses?', 'use cases?', 'suitable use cases?', 'dataset uses?', 'intended use', 'usos? previstos?', 'usos?', 'casos? de uso', 'uso directo', 'aplicaciones previstas', 'para qu[eé] sirve', 'intended uses & limitations'],
    exclude: NOT_IN_SCOPE,
  },
  {
    id: 'out-of-scope',
    label: { es: 'usos fuera de alcance', en: 'out-of-scope uses' },
    card: 'both',
    frameworks: ['mitchell', 'hf-model', 'hf-dataset', 'data-cards'],
    headings: ['out[- ]of[- ]scope use', 'out[- ]of[- ]scope', 'unsuitable use cases?', 'misuse', 'usos? fuera de(l)? (alcance|[aá]mbito)', 'usos? no previstos?', 'usos? no recomendados?', 'usos? indebidos?', 'mal uso'],
  },
  {
    id: 'factors',
    label: { es: 'factores', en: 'factors' },
    card: 'model',
    frameworks: ['mitchell', 'hf-model'],
    headings: ['factors', 'relevant factors', 'evaluation factors', 'factores', 'factores relevantes', 'subgrupos', 'subgroups'],
  },
  {
    id: 'metrics',
    label: { es: 'métricas', en: 'metrics' },
    card: 'model',
    frameworks: ['mitchell', 'hf-model'],
    headings: ['metrics', 'model performance measures?', 'performance measures?', 'performance', 'testing data, factors (&|and) metrics', 'evaluation', 'm[eé]tricas', 'medidas de rendimiento', 'rendimiento', 'desempe[nñ]o', 'evaluaci[oó]n'],
    exclude: ['evaluation data', 'datos de evaluaci[oó]n', 'environmental'],
  },
  {
    id: 'evaluation-data',
    label: { es: 'datos de evaluación', en: 'evaluation data' },
    card: 'model',
    frameworks: ['mitchell', 'hf-model'],
    headings: ['evaluation data(sets?)?', 'testing data', 'test (data|set|split)', 'validation data', 'datos de (evaluaci[oó]n|prueba|test|validaci[oó]n)', 'conjunto de (evaluaci[oó]n|prueba|test)'],
  },
  {
    id: 'training-data',
    label: { es: 'datos de entrenamiento', en: 'training data' },
    card: 'model',
    frameworks: ['mitchell', 'hf-model'],
    headings: ['training data(sets?)?', 'training details', 'train(ing)? set', 'datos de entrenamiento', 'conjunto de entrenamiento', 'detalles del entrenamiento', 'entrenamiento'],
  },
  {
    id: 'training-procedure',
    label: { es: 'procedimiento de entrenamiento', en: 'training procedure' },
    card: 'model',
    frameworks: ['hf-model'],
    headings: ['training procedure', 'training hyperparameters', 'hyperparameters', 'training regime', 'procedimiento de entrenamiento', 'hiperpar[aá]metros'],
  },
  {
    id: 'quantitative-analyses',
    label: { es: 'análisis cuantitativos', en: 'quantitative analyses' },
    card: 'model',
    frameworks: ['mitchell', 'hf-model'],
    headings: ['quantitative analys[ie]s', 'unitary results', 'intersectional results', 'results', 'evaluation results', 'an[aá]lisis cuantitativos?', 'resultados', 'resultados de (la )?evaluaci[oó]n'],
  },
  {
    id: 'ethical-considerations',
    label: { es: 'consideraciones éticas', en: 'ethical considerations' },
    card: 'both',
    frameworks: ['mitchell', 'hf-model', 'hf-dataset', 'data-cards'],
    headings: ['ethical considerations', 'ethics', 'bias, risks,? (and|&) limitations', 'bias(es)?', 'fairness', 'social impact( of (the )?dataset)?', 'discussion of biases', 'risks?', 'consideraciones [eé]ticas', '[eé]tica', 'sesgos?', 'equidad', 'impacto social', 'riesgos?', 'sesgos,? riesgos y limitaciones'],
  },
  {
    id: 'limitations',
    label: { es: 'limitaciones', en: 'limitations' },
    card: 'both',
    frameworks: ['mitchell', 'hf-model', 'hf-dataset', 'data-cards'],
    headings: ['limitations?', 'caveats( and recommendations)?', 'bias, risks,? (and|&) limitations', 'recommendations', '(other )?known limitations', 'considerations for using the data', 'limitations? and trade-offs?', 'intended uses & limitations', 'limitaciones', 'advertencias( y recomendaciones)?', 'recomendaciones', 'sesgos y limitaciones', 'riesgos y limitaciones', 'limitaciones conocidas', 'salvedades'],
  },
  {
    id: 'environmental-impact',
    label: { es: 'impacto ambiental', en: 'environmental impact' },
    card: 'model',
    frameworks: ['hf-model'],
    headings: ['environmental impact', 'carbon (emissions|footprint)', 'impacto (ambiental|medioambiental)', 'huella de carbono'],
  },
  {
    id: 'technical-specifications',
    label: { es: 'especificaciones técnicas', en: 'technical specifications' },
    card: 'model',
    frameworks: ['hf-model'],
    headings: ['technical specifications', 'model architecture( and objective)?', 'compute infrastructure', 'especificaciones t[eé]cnicas', 'arquitectura( del modelo)?', 'infraestructura'],
  },
  {
    id: 'how-to-use',
    label: { es: 'cómo usarlo', en: 'how to use' },
    card: 'model',
    frameworks: ['hf-model'],
    headings: ['how to get started( with the model)?', 'how to use', 'usage', 'getting started', 'quick ?start', 'c[oó]mo (usar|empezar|utilizar)', 'uso del modelo', 'ejemplo de uso', 'primeros pasos'],
  },
  {
    id: 'motivation',
    label: { es: 'motivación', en: 'motivation' },
    card: 'data',
    frameworks: ['datasheets', 'hf-dataset', 'data-cards'],
    headings: ['motivation', 'motivations? (&|and) intentions', 'curation rationale', 'purpose', 'why this dataset', 'motivaci[oó]n', 'motivaciones( e intenciones)?', 'prop[oó]sito', 'justificaci[oó]n', 'objetivo del (dataset|conjunto de datos)'],
  },
  {
    id: 'composition',
    label: { es: 'composición', en: 'composition' },
    card: 'data',
    frameworks: ['datasheets', 'hf-dataset', 'data-cards'],
    headings: ['composition', 'dataset structure', 'data structure', 'data fields', 'data instances', 'data splits', 'dataset (overview|snapshot)', 'example of data points', 'content description', 'schema', 'data dictionary', 'composici[oó]n', 'estructura( del (dataset|conjunto de datos)| de los datos)?', 'campos', 'esquema', 'diccionario de datos', 'descripci[oó]n (del dataset|de los datos|del conjunto de datos)', 'variables'],
  },
  {
    id: 'collection',
    label: { es: 'proceso de recogida', en: 'collection process' },
    card: 'data',
    frameworks: ['datasheets', 'hf-dataset', 'data-cards'],
    headings: ['collection process', 'data collection( and (processing|normalization))?', 'initial data collection and normalization', 'source data', 'provenance', 'data sources?', 'collection', 'proceso de (recogida|recolecci[oó]n|captura)', 'recogida de datos', 'recolecci[oó]n( de datos)?', 'origen de los datos', 'fuentes? de (los )?datos', 'procedencia'],
  },
  {
    id: 'preprocessing',
    label: { es: 'preprocesado, limpieza y etiquetado', en: 'preprocessing, cleaning and labeling' },
    card: 'data',
    frameworks: ['datasheets', 'hf-dataset', 'data-cards'],
    headings: ['preprocessing(/cleaning/labell?ing)?', 'pre-processing', 'cleaning', 'data processing', 'transformations', 'annotations?( (&|and) labell?ing)?', 'labell?ing', 'annotation process', 'preprocesamiento', 'preprocesado', 'limpieza( de datos)?', 'transformaciones', 'etiquetado', 'anotaci[oó]n(es)?'],
  },
  {
    id: 'distribution',
    label: { es: 'distribución', en: 'distribution' },
    card: 'data',
    frameworks: ['datasheets', 'data-cards', 'hf-dataset'],
    headings: ['distribution', 'access(, re[n]?tention,? (&|and) wipeout)?', 'licensing information', 'sharing', 'distribuci[oó]n', 'acceso', 'c[oó]mo obtener(lo| los datos)'],
    // A statistical distribution (of the label, of a feature) is composition, not how the data is shared.
    exclude: ['(label|class|target|value|age|feature|statistical|normal|gamma)s? distributions?', 'distributions? (by|of|per|across)', 'distribuci[oó]n (de|por|del) (la |las |los |el )?(etiquetas?|clases?|variables?|edad(es)?|valores|target|grupos?)'],
  },
  {
    id: 'maintenance',
    label: { es: 'mantenimiento', en: 'maintenance' },
    card: 'data',
    frameworks: ['datasheets', 'data-cards', 'hf-dataset'],
    headings: ['maintenance', '(dataset )?version and maintenance', 'maintenance plan', 'dataset curators?', 'updates', 'versioning', 'mantenimiento', 'actualizaci[oó]n(es)?', 'versionado', 'plan de mantenimiento'],
  },
  {
    id: 'sensitive-data',
    label: { es: 'datos personales y sensibles', en: 'personal and sensitive data' },
    card: 'data',
    frameworks: ['hf-dataset', 'data-cards', 'datasheets'],
    headings: ['personal and sensitive information', 'sensitivity of data', 'human and other sensitive attributes', 'privacy', 'pii', 'sensitive (data|attributes)', 'datos (personales|sensibles)', 'informaci[oó]n (personal|sensible)', 'privacidad', 'atributos sensibles'],
  },
  {
    id: 'license',
    label: { es: 'licencia', en: 'license' },
    card: 'both',
    frameworks: ['common', 'hf-dataset'],
    headings: ['licen[cs]e', 'licensing( information)?', 'licencia', 't[eé]rminos de uso', 'terms of use'],
  },
];

export const conceptById = (id: string): SectionConcept | undefined => SECTION_CONCEPTS.find((concept) => concept.id === id);

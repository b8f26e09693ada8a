// Spanish UI strings.
import { writeNumber } from '../core/model/numbers.js';
import type { AllStrings } from './en.js';

const num = (n: number) => writeNumber(n, 'es');

// Facets fit
const picked = (n: number) => (n === 1 ? '1 seleccionado' : `${n} seleccionados`);

export const es: AllStrings = {
  dir: 'ltr',
  search: 'Buscar organizaciones',
  placeholder: 'Nombre o palabra clave',
  sort: 'Ordenar por',
  relevance: 'Relevancia',
  byName: 'Nombre (A–Z)',
  filters: 'Filtros',
  selected: 'Filtros seleccionados',
  clearAll: 'Borrar todos los filtros',
  remove: (label) => `Quitar filtro: ${label}`,
  count: (n) =>
    n === 0
      ? 'No se encontraron organizaciones'
      : n === 1
        ? '1 organización'
        : `${num(n)} organizaciones`,
  results: 'Organizaciones',
  loading: 'Cargando organizaciones…',
  empty: 'Ninguna organización coincide con su búsqueda.',
  emptyHint: 'Pruebe con menos filtros o con otra ortografía.',
  clearSearch: 'Borrar búsqueda',
  error: 'No se pudo cargar el directorio.',
  retry: 'Reintentar',
  pages: 'Páginas de resultados',
  prev: 'Anterior',
  next: 'Siguiente',
  page: (page, count) => `Página ${num(page)} de ${num(count)}`,
  close: 'Cerrar',
  website: 'Sitio web',
  email: 'Correo electrónico',
  headquarters: 'Sede',
  countries: 'Países',
  languages: 'Idiomas',
  partners: 'Socios',
  funders: 'Financiadores',
  parent: 'Forma parte de',
  commitments: 'Compromisos',
  source: 'Fuente',
  sources: 'Fuentes',
  sourceMark: (n) => `fuente ${n}`,
  seeking: 'Busca colaborar con',
  more: 'Más información',
  issues: (n) =>
    `Se ${n === 1 ? 'encontró un problema' : `encontraron ${num(n)} problemas`} en los datos del directorio; algunas fichas pueden estar incompletas o faltar. Los detalles están en la consola del navegador.`,
  dismiss: 'Cerrar aviso',
  suggest: 'Proponer una organización',
  // Facets fit
  picked,
  pickedName: (label, n) => `${label}, ${picked(n)}`,
  showMore: (n) => `Mostrar ${n} más`,
  showFewer: 'Mostrar menos',
  // Summary
  summary: 'Panorama',
  summaryTable: 'Mostrar como tabla',
  summaryColumn: 'Organizaciones',
  // Search narrows
  closeMatches: (q) =>
    `Ninguna organización coincide con todas las palabras de «${q}»: se muestran las más cercanas.`,
  // Take it away
  download: 'Descargar',
  downloadCsv: 'Hoja de cálculo (CSV)',
  downloadJson: 'Archivo de datos (JSON)',
  print: 'Imprimir',
  copyLink: 'Copiar enlace',
  copyOrganizationLink: 'Copiar enlace',
  linkCopied: 'Enlace copiado',
  copyManually: 'Copie este enlace:',
  searched: (text) => `Búsqueda: «${text}»`,
  tooMany: (n, max) =>
    `${num(n)} organizaciones son demasiadas para tomarlas del servidor de una vez: acote la vista a ${num(max)} o menos.`,
  // A directory on a server
  reduced:
    'El servidor de este directorio solo ofrece búsqueda y páginas: sin filtros, recuentos ni orden.',
};

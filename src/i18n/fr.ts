// French UI strings.
import { writeNumber } from '../core/model/numbers.js';
import type { AllStrings } from './en.js';

const num = (n: number) => writeNumber(n, 'fr');

// Facets fit
const picked = (n: number) => (n > 1 ? `${n} sélectionnés` : `${n} sélectionné`);

export const fr: AllStrings = {
  dir: 'ltr',
  search: 'Rechercher des organisations',
  placeholder: 'Nom ou mot-clé',
  sort: 'Trier par',
  relevance: 'Pertinence',
  byName: 'Nom (A–Z)',
  filters: 'Filtres',
  selected: 'Filtres sélectionnés',
  clearAll: 'Effacer tous les filtres',
  remove: (label) => `Retirer le filtre : ${label}`,
  count: (n) =>
    n === 0
      ? 'Aucune organisation trouvée'
      : n === 1
        ? '1 organisation'
        : `${num(n)} organisations`,
  results: 'Organisations',
  loading: 'Chargement des organisations…',
  empty: 'Aucune organisation ne correspond à votre recherche.',
  emptyHint: 'Essayez avec moins de filtres ou une autre orthographe.',
  clearSearch: 'Effacer la recherche',
  error: 'Le répertoire n’a pas pu être chargé.',
  retry: 'Réessayer',
  pages: 'Pages de résultats',
  prev: 'Précédent',
  next: 'Suivant',
  page: (page, count) => `Page ${num(page)} sur ${num(count)}`,
  close: 'Fermer',
  website: 'Site web',
  email: 'Courriel',
  headquarters: 'Siège',
  countries: 'Pays',
  languages: 'Langues',
  partners: 'Partenaires',
  funders: 'Bailleurs de fonds',
  parent: 'Fait partie de',
  commitments: 'Engagements',
  source: 'Source',
  sources: 'Sources',
  sourceMark: (n) => `source ${n}`,
  seeking: 'Cherche à collaborer avec',
  more: 'Plus d’informations',
  issues: (n) =>
    `${n === 1 ? 'Un problème a été trouvé' : `${num(n)} problèmes ont été trouvés`} dans les données du répertoire ; certaines fiches peuvent être incomplètes ou absentes. Les détails sont dans la console du navigateur.`,
  dismiss: 'Masquer',
  suggest: 'Proposer une organisation',
  // Facets fit
  picked,
  pickedName: (label, n) => `${label}, ${picked(n)}`,
  showMore: (n) => `Afficher ${n} de plus`,
  showFewer: 'Afficher moins',
  // Summary
  summary: 'Vue d’ensemble',
  summaryTable: 'Afficher sous forme de tableau',
  summaryColumn: 'Organisations',
  // Search narrows
  closeMatches: (q) =>
    `Aucune organisation ne correspond à tous les mots de « ${q} » — voici les plus proches.`,
  // Take it away
  download: 'Télécharger',
  downloadCsv: 'Tableur (CSV)',
  downloadJson: 'Fichier de données (JSON)',
  print: 'Imprimer',
  copyLink: 'Copier le lien',
  copyOrganizationLink: 'Copier le lien',
  linkCopied: 'Lien copié',
  copyManually: 'Copiez ce lien :',
  searched: (text) => `Recherche : « ${text} »`,
  tooMany: (n, max) =>
    `${num(n)} organisations, c’est trop pour les prendre au serveur d’un coup : affinez la vue à ${num(max)} ou moins.`,
  // A directory on a server
  reduced:
    'Le serveur de ce répertoire ne permet que la recherche et les pages : ni filtres, ni décomptes, ni tri.',
};

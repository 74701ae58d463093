// The interface in English (the page as written) or French (written for this page). FR is the
// page's own text nodes in document order, but those marked translate="no" and the language
// names; app.js gives both languages, t(en, fr), for the text it writes itself.
const FR = [
  'Des résumés d’articles qui ne quittent jamais votre navigateur.',
  'Votre article',
  'Collez ou tapez un article, ou déposez ici un fichier .txt ou .html',
  'Ouvrir un fichier…',
  'Effacer',
  'Longueur du résumé en',
  'automatique',
  'phrases',
  'mots',
  'Longueur',
  'Langue',
  'Laisser les citations de côté',
  'Lien vers ces réglages',
  'Votre résumé apparaîtra ici.',
  'Annuler',
  'Résumé',
  'Copier le texte',
  'Copier en Markdown',
  'Expressions clés',
  'Chiffres clés',
  'Qui a dit quoi',
  'Noms',
  'Choisissez un nom pour voir où il apparaît.',
  'Article',
  'Dans le résumé',
  '· les autres phrases sont d’autant plus foncées qu’elles sont saillantes · choisissez-en une (ou Tab jusqu’à l’article, flèches, Entrée) pour savoir pourquoi.',
  'Pourquoi cette phrase',
  'Fermer',
  'Privé par construction',
  'Nutshell fonctionne entièrement dans votre navigateur, en WebAssembly. La page ne charge que ses propres fichiers et sa Content-Security-Policy lui interdit toute autre connexion : ce que vous collez n’est jamais envoyé. Votre texte reste dans le stockage de ce navigateur jusqu’à ce que vous appuyiez sur',
  'Effacer',
  '. Une fois chargée, la page marche aussi hors ligne.',
  'Résumer toute page : le bookmarklet',
  'Glissez ce lien dans vos favoris :',
  '. Sur un site d’actualité, sélectionnez une partie (ou rien, pour toute la page) et cliquez sur le favori : le texte s’ouvre dans Nutshell, sans serveur.',
  'Si le site interdit les fenêtres liées, le texte passe par l’adresse, après le',
  '(jamais envoyé à un serveur) ; s’il est trop long, il est copié pour que vous le colliez ici.',
];
// placeholder and aria-label attributes, in document order.
const FR_ATTR = [
  'Collez un article ici…',
  'Réglages du résumé',
  'Lien vers ces réglages (jamais le texte)',
  'Résumé et faits clés',
  'Fermer l’explication',
];

export let lang = 'en';
export const t = (en, fr) => (lang === 'fr' ? fr : en);

let texts;
let attrs;
/** Puts the page's own text in `l` ('en' or 'fr'). */
export function setLang(l) {
  if (!texts) {
    texts = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n; (n = walk.nextNode()); ) {
      if (n.data.trim() && !n.parentElement.closest('[translate=no],#lang')) texts.push([n, n.data]);
    }
    attrs = [...document.querySelectorAll('[placeholder],[aria-label]')].map((e) => {
      const a = e.hasAttribute('placeholder') ? 'placeholder' : 'aria-label';
      return [e, a, e.getAttribute(a)];
    });
    texts.title = document.title;
  }
  lang = l;
  document.documentElement.lang = l;
  // The leading and trailing white space of each text node is kept.
  texts.forEach(([n, en], i) => (n.data = l === 'fr' ? en.replace(/\S(?:[^]*\S)?/, () => FR[i]) : en));
  attrs.forEach(([e, a, en], i) => e.setAttribute(a, t(en, FR_ATTR[i])));
  document.title = t(texts.title, 'Nutshell — des résumés d’articles privés');
}

/** The language to show: the one chosen before, else the browser's first English or French. */
export function preferred(saved) {
  if (saved === 'en' || saved === 'fr') return saved;
  const l = (navigator.languages || [navigator.language]).map((x) => x.slice(0, 2)).find((x) => x === 'en' || x === 'fr');
  return l || 'en';
}

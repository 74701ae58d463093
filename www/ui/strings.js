// Every string of the interface, in English and French, keyed by an id. Data only: i18n.js does
// the work, tests/page/strings.test.mjs checks the table (both languages for every key, the same
// placeholders and parameters, every key used, every key used present).
//
// Two kinds of entries:
// - Text of the page itself: index.html names the key on the element (`data-i18n="key"`, or
//   `data-i18n-placeholder` / `data-i18n-aria-label` for an attribute), and holds the English as
//   written here. `{0}`, `{1}`… stand for the element's own child elements, in index.html's order
//   (a link, an emphasis): they are kept as they are, only the text around them is replaced.
// - Text the scripts write: plain strings, or functions of the values they show (their English
//   and French take the same parameters).
// Article text is never translated: nothing here ever holds it.

export const STRINGS = {
  // ---- the page (index.html)
  pageTitle: { en: 'Nutshell — private article summaries', fr: 'Nutshell — résumés d’articles privés' },
  tagline: {
    en: 'Article summaries that never leave your browser.',
    fr: 'Des résumés d’articles qui ne quittent jamais votre navigateur.',
  },
  inputHeading: { en: 'Your article', fr: 'Votre article' },
  textLabel: {
    en: 'Paste or type an article, or drop a .txt or .html file here',
    fr: 'Collez ou tapez un article, ou déposez ici un fichier .txt ou .html',
  },
  textPlaceholder: { en: 'Paste an article here…', fr: 'Collez un article ici…' },
  openFile: { en: 'Open a file…', fr: 'Ouvrir un fichier…' },
  clear: { en: 'Clear', fr: 'Effacer' },
  settingsLabel: { en: 'Summary settings', fr: 'Réglages du résumé' },
  unitLabel: { en: 'Summary length in', fr: 'Longueur du résumé en' },
  unitAuto: { en: 'automatic', fr: 'automatique' },
  unitSentences: { en: 'sentences', fr: 'phrases' },
  unitWords: { en: 'words', fr: 'mots' },
  lengthLabel: { en: 'Length', fr: 'Longueur' },
  langLabel: { en: 'Language', fr: 'Langue' },
  skipQuotes: { en: '{0} Leave quotations out', fr: '{0} Laisser les citations de côté' },
  share: { en: 'Link to these settings', fr: 'Lien vers ces réglages' },
  shareUrlLabel: { en: 'Link to these settings (never the text)', fr: 'Lien vers ces réglages (jamais le texte)' },
  empty: { en: 'Your summary will appear here.', fr: 'Votre résumé apparaîtra ici.' },
  cancel: { en: 'Cancel', fr: 'Annuler' },
  sideLabel: { en: 'Summary and key facts', fr: 'Résumé et faits clés' },
  summaryHeading: { en: 'Summary', fr: 'Résumé' },
  copyText: { en: 'Copy text', fr: 'Copier le texte' },
  copyMarkdown: { en: 'Copy Markdown', fr: 'Copier en Markdown' },
  keyphrasesHeading: { en: 'Key phrases', fr: 'Expressions clés' },
  figuresHeading: { en: 'Key figures', fr: 'Chiffres clés' },
  quotesHeading: { en: 'Who said what', fr: 'Qui a dit quoi' },
  namesHeading: { en: 'Names', fr: 'Noms' },
  namesHelp: { en: 'Select a name to highlight where it appears.', fr: 'Choisissez un nom pour voir où il apparaît.' },
  articleHeading: { en: 'Article', fr: 'Article' },
  legend: {
    en: '{0} · the darker, the more salient · select a sentence (or Tab, arrows, Enter) to see why.',
    fr: '{0} · plus c’est foncé, plus c’est saillant · choisissez une phrase (ou Tab, flèches, Entrée) pour savoir pourquoi.',
  },
  legendInSummary: { en: 'In the summary', fr: 'Dans le résumé' },
  whyHeading: { en: 'Why this sentence', fr: 'Pourquoi cette phrase' },
  whyCloseLabel: { en: 'Close the explanation', fr: 'Fermer l’explication' },
  close: { en: 'Close', fr: 'Fermer' },
  privacyHeading: { en: 'Private by design', fr: 'Privé par construction' },
  // The privacy promise: the same words on the page and in the extension's panel.
  privacy: {
    en:
      'Nutshell runs entirely in your browser. The page and the extension load only their own files, and their ' +
      'Content-Security-Policy lets them connect to nothing else: what you paste or summarise is never sent. The ' +
      'extension reads a page only when you ask it to (its button or its menu entry), and asks for access to no site.',
    fr:
      'Nutshell fonctionne entièrement dans votre navigateur. La page et l’extension ne chargent que leurs propres ' +
      'fichiers, et leur Content-Security-Policy leur interdit toute autre connexion : ce que vous collez ou résumez ' +
      'n’est jamais envoyé. L’extension ne lit une page que si vous le lui demandez (son bouton ou son menu), et ne ' +
      'demande l’accès à aucun site.',
  },
  privacyKept: {
    en: 'Your text stays in this browser until you press {0}. Once loaded, the page works offline.',
    fr: 'Votre texte reste dans ce navigateur jusqu’à ce que vous appuyiez sur {0}. Une fois chargée, la page marche hors ligne.',
  },
  bookmarkletHeading: { en: 'Summarise any page: the bookmarklet', fr: 'Résumer toute page : le bookmarklet' },
  bookmarkletText: {
    en:
      'Drag this link to your bookmarks bar: {0}. On a news page, select a part (or nothing) and click it: the ' +
      'text opens here, through no server.',
    fr:
      'Glissez ce lien dans vos favoris : {0}. Sur un site d’actualité, sélectionnez une partie (ou rien) et ' +
      'cliquez-le : le texte s’ouvre ici, sans serveur.',
  },
  bookmarkletHelp: {
    en:
      'Where linked windows are forbidden, the text travels after the {0} of the address (never sent to a ' +
      'server), or is copied for you to paste.',
    fr:
      'Si les fenêtres liées sont interdites, le texte passe après le {0} de l’adresse (jamais envoyé à un ' +
      'serveur), ou est copié pour que vous le colliez.',
  },

  // ---- the engine's state, progress and errors
  engineLoading: { en: 'Loading the engine…', fr: 'Chargement du moteur…' },
  engineReady: { en: 'Ready. Everything runs on this device.', fr: 'Prêt. Tout se passe sur cet appareil.' },
  engineFailed: {
    en: (message) => `The engine could not load (${message}). Try reloading the page.`,
    fr: (message) => `Moteur non chargé (${message}) : rechargez.`,
  },
  analysing: { en: 'Analysing', fr: 'Analyse de' },
  reading: { en: 'Reading', fr: 'Lecture de' },
  // The engine's stages (src/progress.rs), as the progress bar names them.
  stage_article: { en: 'the article', fr: 'l’article' },
  stage_words: { en: 'words', fr: 'mots' },
  stage_sentences: { en: 'sentences', fr: 'phrases' },
  stage_salience: { en: 'scoring', fr: 'saillance' },
  stage_facts: { en: 'key phrases and figures', fr: 'expressions et chiffres' },
  stage_names: { en: 'names', fr: 'noms' },
  stage_quotes: { en: 'quotations', fr: 'citations' },
  stage_done: { en: 'done', fr: 'fini' },
  character: { en: 'character', fr: 'caractère' },
  // `what` is "text", "page" or "file"; `size`, `text` and `html` are sizes already written out.
  tooLarge: {
    en: (what, size, text, html) =>
      `This ${what} is too large for Nutshell (${size}; the limit is ${text} of text and ${html} for a web ` +
      'page’s HTML), so it was not analysed. Try a part of it.',
    fr: (what, size, text, html) => `Trop grand (${size} ; limites : ${text} de texte, ${html} de HTML) : non analysé.`,
  },
  engineStopped: {
    en: (what, message) =>
      `Nutshell could not analyse this ${what} (its engine stopped: ${message}). The page still works; try a shorter text.`,
    fr: (what, message) => `Moteur arrêté (${message}) : essayez un texte plus court.`,
  },
  notAnalysed: {
    en: (what, message) => `Nutshell could not analyse this ${what}: ${message}`,
    fr: (what, message) => `Nutshell n’a pas pu analyser ceci : ${message}`,
  },
  analysisCancelled: {
    en: 'Analysis cancelled. Your text is still here: change it, or press Clear.',
    fr: 'Analyse annulée ; votre texte est toujours là.',
  },

  // ---- the result
  from: { en: (where) => `From ${where}`, fr: (where) => `Depuis ${where}` },
  undetermined: { en: 'undetermined', fr: 'indéterminée' },
  chosen: { en: '(chosen)', fr: '(choisie)' },
  detected: { en: '(detected)', fr: '(détectée)' },
  of: { en: 'of', fr: 'sur' },
  sentence: { en: 'sentence', fr: 'phrase' },
  word: { en: 'word', fr: 'mot' },
  analysedIn: { en: 'analysed in', fr: 'analysé en' },
  summaryReady: { en: 'Summary ready: ', fr: 'Résumé prêt : ' },
  detect: { en: 'detect', fr: 'détecter' },
  automatic: { en: ' (automatic)', fr: ' (automatique)' },
  noKeyphrases: { en: 'None found.', fr: 'Aucune.' },
  people: { en: 'People', fr: 'Personnes' },
  organizations: { en: 'Organisations', fr: 'Organisations' },
  places: { en: 'Places', fr: 'Lieux' },
  otherNames: { en: 'Other names', fr: 'Autres noms' },
  noNames: { en: 'None found.', fr: 'Aucun.' },
  andMore: { en: (n) => `and ${n} more`, fr: (n) => `et ${n} de plus` },
  articlePart: {
    en: (first, last, n) =>
      `This article is long: sentences ${first} to ${last} of ${n} are shown. Select a summary reference (§) to see another part.`,
    fr: (first, last, n) => `Article long : phrases ${first} à ${last} sur ${n} ; les références (§) du résumé montrent les autres.`,
  },
  sentenceRef: { en: (n) => `Sentence ${n} of the article`, fr: (n) => `Phrase ${n} de l’article` },

  // ---- why this sentence
  kindBody: { en: 'body', fr: 'corps' },
  kindHeading: { en: 'heading', fr: 'intertitre' },
  kindBoilerplate: { en: 'boilerplate', fr: 'accessoire' },
  inTheSummary: { en: 'in the summary', fr: 'dans le résumé' },
  notInTheSummary: { en: 'not in the summary', fr: 'hors du résumé' },
  overallSalience: { en: 'Overall salience', fr: 'Saillance globale' },
  partCentrality: {
    en: 'Centrality: shares words with the rest of the article',
    fr: 'Centralité : partage des mots avec le reste de l’article',
  },
  partPosition: {
    en: 'Position: early sentences carry the news',
    fr: 'Position : les premières phrases portent l’information',
  },
  partTitle: { en: 'Title: shares words with the headline', fr: 'Titre : partage des mots avec le titre' },
  partDensity: { en: 'Density: rich in key phrases and names', fr: 'Densité : riche en expressions clés et en noms' },
  partForm: { en: 'Form: a complete, well-formed sentence', fr: 'Forme : une phrase complète et bien formée' },
  partParagraph: { en: 'Paragraph: where it stands in its paragraph', fr: 'Paragraphe : sa place dans son paragraphe' },
  partQuotation: { en: 'Quotation: opens or closes with a quotation mark', fr: 'Citation : s’ouvre ou se ferme sur un guillemet' },
  partCues: { en: 'Opening: its first word, or a question before it', fr: 'Début : son premier mot, ou une question avant elle' },
  partNovelty: { en: 'Novelty: what the sentences before it did not say', fr: 'Nouveauté : ce que les phrases d’avant ne disaient pas' },
  partBase: { en: 'Base: the same for every sentence of the text', fr: 'Base : la même pour toutes les phrases du texte' },

  // ---- key figures and who said what
  figureNumber: { en: 'count', fr: 'nombre' },
  figureMoney: { en: 'amount', fr: 'montant' },
  figurePercent: { en: 'share', fr: 'part' },
  figureDate: { en: 'date', fr: 'date' },
  noFigures: { en: 'None found.', fr: 'Aucun.' },
  noQuotes: { en: 'No attributed quotations.', fr: 'Aucune citation attribuée.' },

  // ---- copy and share
  copiedText: { en: 'Summary copied as text.', fr: 'Résumé copié en texte.' },
  copiedMarkdown: { en: 'Summary copied as Markdown.', fr: 'Résumé copié en Markdown.' },
  markdownFailed: {
    en: (message) => `The Markdown could not be made (${message}).`,
    fr: (message) => `Markdown non produit (${message}).`,
  },
  linkCopied: { en: 'Link copied.', fr: 'Lien copié.' },

  // ---- the bookmarklet and its hand-off
  bookmarkletDrag: {
    en: 'Drag “Nutshell it” to your bookmarks bar, then click it on a news page.',
    fr: 'Glissez « Nutshell it » dans vos favoris.',
  },
  bookmarkletUnavailable: { en: 'the bookmarklet could not be prepared', fr: 'bookmarklet indisponible' },
  received: {
    en: (url) => `Article received from ${url || 'the bookmarklet'}.`,
    fr: (url) => `Article reçu ${url ? `de ${url}` : 'du bookmarklet'}.`,
  },
  nothingFound: {
    en: 'The bookmarklet found no text on that page.',
    fr: 'Le bookmarklet n’a trouvé aucun texte sur cette page.',
  },
  waiting: { en: 'Waiting for the article from the bookmarklet…', fr: 'En attente de l’article du bookmarklet…' },
  notSentYet: {
    en: 'The bookmarklet has not sent anything yet. Go back to the page and click it again.',
    fr: 'Rien reçu du bookmarklet : recliquez-le sur la page.',
  },
  linkCut: {
    en:
      'The page you came from cut the link to this window (its Cross-Origin-Opener-Policy), so the bookmarklet ' +
      'sends the article another way: look at the page you came from.',
    fr: 'La page d’origine a coupé le lien (Cross-Origin-Opener-Policy) : voyez-la, l’article arrive autrement.',
  },
  sharedNoText: {
    en:
      'Only text can be summarised: share the article’s text (select it, then Share), not its address. ' +
      'Nutshell never fetches a page.',
    fr:
      'Seul un texte peut être résumé : partagez le texte de l’article (sélectionnez-le, puis Partager), pas son ' +
      'adresse. Nutshell ne télécharge jamais de page.',
  },
  sharedReceived: {
    en: (url) => `Shared text received${url ? ` (from ${url}, which was not opened)` : ''}.`,
    fr: (url) => `Texte partagé reçu${url ? ` (de ${url}, qui n’a pas été ouverte)` : ''}.`,
  },
  unreadable: {
    en: 'The article in this address could not be read (it may have been cut short). Try the bookmarklet again, or copy and paste the text.',
    fr: 'Article illisible dans cette adresse (tronqué ?) : réessayez, ou copiez-collez.',
  },

  // ---- the extension: its manifest and menu (scripts/build.mjs writes them into _locales/), its
  // side panel (extension/panel.html, panel.js) and the panel it shows on the news page
  // (onpage/highlight.js, given these labels)
  extName: { en: 'Nutshell — private article summaries', fr: 'Nutshell — résumés d’articles privés' },
  extDescription: {
    en: 'The summary of the article you read, beside it, its key sentences highlighted. All in your browser: nothing is sent.',
    fr: 'Le résumé de l’article que vous lisez, à côté, ses phrases clés surlignées. Tout dans votre navigateur : rien n’est envoyé.',
  },
  extAction: { en: 'Summarise this page', fr: 'Résumer cette page' },
  extMenuSelection: { en: 'Summarise selection', fr: 'Résumer la sélection' },
  panelKept: { en: 'This panel keeps your settings, not the articles.', fr: 'Ce panneau garde vos réglages, pas les articles.' },
  extIdle: {
    en: 'Click Nutshell’s button on a page to summarise it here, or select a passage and choose “Summarise selection” in its menu.',
    fr: 'Cliquez le bouton de Nutshell sur une page pour la résumer ici, ou sélectionnez un passage et choisissez « Résumer la sélection » dans son menu.',
  },
  extReading: { en: 'Reading the page…', fr: 'Lecture de la page…' },
  extCannotRead: {
    en: (message) => `Nutshell cannot read this page (${message}). Browsers keep their own pages and their add-on stores closed to extensions.`,
    fr: (message) => `Nutshell ne peut pas lire cette page (${message}). Les navigateurs ferment leurs propres pages et leurs boutiques aux extensions.`,
  },
  extNoSelection: { en: 'Nothing is selected on that page.', fr: 'Rien n’est sélectionné sur cette page.' },
  extPageChanged: {
    en: 'The page changed: click Nutshell’s button again to summarise it.',
    fr: 'La page a changé : cliquez de nouveau le bouton de Nutshell pour la résumer.',
  },
  onpageShow: { en: 'Show on the page', fr: 'Montrer sur la page' },
  onpageShown: {
    en: (found, total) => `${found} of ${total} summary sentences highlighted on the page.`,
    fr: (found, total) => `${found} des ${total} phrases du résumé surlignées sur la page.`,
  },
  onpageFailed: {
    en: (message) => `The summary could not be shown on the page (${message}).`,
    fr: (message) => `Le résumé n’a pas pu être montré sur la page (${message}).`,
  },
  onpageHeading: { en: 'Nutshell summary', fr: 'Résumé Nutshell' },
  onpageStatus: {
    en: '{0} of {1} summary sentences highlighted on this page.',
    fr: '{0} des {1} phrases du résumé surlignées sur cette page.',
  },
  onpageMissing: { en: 'not found on this page', fr: 'introuvable sur cette page' },
  onpageHint: {
    en: 'Escape closes this panel and removes the highlights.',
    fr: 'Échap ferme ce panneau et retire les surlignages.',
  },
};

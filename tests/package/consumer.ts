// A TypeScript consumer of the package's types: it reads every field of every result with the
// type it must have, and pins the exact key sets, so `tsc --noEmit` fails when the declarations
// change shape. `@ts-expect-error` lines are misuses that must stay compile errors.
import init, {
  analyze,
  analyzeHtml,
  detectHtmlLanguage,
  detectLanguage,
  exportJson,
  exportMarkdown,
  hasEntityModel,
  initSync,
  loadEntityModel,
  summarize,
  version,
  type Analysis,
  type AnalysisExport,
  type Article,
  type CanonicalOptions,
  type Entity,
  type EntityKind,
  type Figure,
  type FigureKind,
  type Keyphrase,
  type Language,
  type Mention,
  type ModelLanguage,
  type Options,
  type Quote,
  type ScoreParts,
  type Sentence,
  type SentenceKind,
  type Speaker,
} from '../../pkg/nutshell.js';

/** `true` only when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function same<A, B>(ok: Equal<A, B>): void {
  void ok;
}

same<keyof Analysis,
  'version' | 'offsets' | 'language' | 'title' | 'sentences' | 'summary' | 'entities' | 'keyphrases'
  | 'quotes' | 'speakers' | 'figures' | 'article'>(true);
same<keyof Sentence, 'start' | 'end' | 'text' | 'kind' | 'score' | 'parts' | 'words'>(true);
same<keyof ScoreParts,
  'centrality' | 'position' | 'title' | 'density' | 'form' | 'paragraph' | 'quotation' | 'cues' | 'novelty'
  | 'base'>(true);
same<ModelLanguage, Exclude<Language, 'und'>>(true);
same<keyof Entity, 'text' | 'kind' | 'count' | 'mentions'>(true);
same<keyof Mention, 'start' | 'end'>(true);
same<keyof Keyphrase, 'text' | 'score' | 'count'>(true);
same<keyof Quote, 'start' | 'end' | 'text' | 'sentence' | 'speaker'>(true);
same<keyof Speaker, 'name' | 'kind' | 'quotes'>(true);
same<keyof Figure, 'start' | 'end' | 'text' | 'kind' | 'sentence' | 'in_summary'>(true);
same<keyof Article, 'title' | 'byline' | 'site' | 'language' | 'date' | 'text'>(true);
same<keyof Options,
  'sentences' | 'ratio' | 'words' | 'seconds' | 'lang' | 'language' | 'title' | 'skipQuotes'>(true);
same<keyof CanonicalOptions,
  'sentences' | 'ratio' | 'words' | 'seconds' | 'lang' | 'title' | 'skipQuotes'>(true);
same<SentenceKind, 'body' | 'heading' | 'boilerplate'>(true);
same<EntityKind, 'person' | 'organization' | 'place' | 'other'>(true);
same<FigureKind, 'number' | 'money' | 'percent' | 'date'>(true);
same<Language, 'en' | 'fr' | 'de' | 'es' | 'it' | 'pt' | 'nl' | 'pl' | 'cs' | 'fi' | 'ro' | 'und'>(true);
same<Analysis['article'], Article | undefined>(true);
same<Analysis['title'], string | null>(true);
same<Quote['speaker'], string | null>(true);
same<Article['byline'], string | null>(true);

export async function main(text: string, html: string, wasm: ArrayBuffer): Promise<string[]> {
  await init({ module_or_path: wasm });
  initSync({ module: wasm });
  const v: string = version();
  const opts: Options = { sentences: 3, lang: 'fr', title: 'Nvidia', skipQuotes: true };
  const a: Analysis = analyze(text, opts);
  analyze(text);
  analyze(text, { ratio: 0.2, language: 'fr-BE' });
  analyze(text, { words: 80 });
  analyze(text, { seconds: 30, lang: 'auto' });

  const out: string[] = [v, a.version];
  const offsets: 'utf16' = a.offsets;
  const language: Language = a.language;
  const title: string = a.title ?? '';
  out.push(offsets, language, title);
  for (const s of a.sentences) {
    const start: number = s.start;
    const end: number = s.end;
    const kind: SentenceKind = s.kind;
    const score: number = s.score;
    const { centrality, position, title: t, density, form, paragraph, quotation, cues, novelty, base }: ScoreParts =
      s.parts;
    const words: number = s.words;
    const sum: number =
      centrality + position + t + density + form + paragraph + quotation + cues + novelty + base + score + words;
    out.push(`${start}-${end} ${kind} ${sum} ${s.text.toUpperCase()}`);
  }
  const summary: number[] = a.summary;
  out.push(...summary.map((i) => a.sentences[i]!.text));
  for (const e of a.entities) {
    const kind: EntityKind = e.kind;
    const count: number = e.count;
    const spans: number[] = e.mentions.map((m: Mention) => m.end - m.start);
    out.push(`${e.text.trim()} ${kind} ${count} ${spans.length}`);
  }
  for (const k of a.keyphrases) out.push(`${k.text.trim()} ${k.score.toFixed(2)} ${k.count + 1}`);
  for (const q of a.quotes) {
    const sentence: number = q.sentence;
    out.push(`${q.start + q.end + sentence} ${q.text.trim()} ${q.speaker?.trim() ?? '?'}`);
  }
  for (const sp of a.speakers) {
    const kind: EntityKind = sp.kind;
    const quotes: Quote[] = sp.quotes.map((i: number) => a.quotes[i]!);
    out.push(`${sp.name.trim()} ${kind} ${quotes.length}`);
  }
  for (const f of a.figures) {
    const kind: FigureKind = f.kind;
    const inSummary: boolean = f.in_summary;
    out.push(`${f.start + f.end + f.sentence} ${f.text.trim()} ${kind} ${inSummary ? 'yes' : 'no'}`);
  }

  const alone: Analysis = summarize(text, { sentences: 3 });
  out.push(alone.summary.map((i: number) => alone.sentences[i]!.text).join(' '));

  const page = analyzeHtml(html, 'https://example.org/a', {});
  analyzeHtml(html);
  const article: Article = page.article;
  const art: string[] = [
    article.title, article.byline ?? '', article.site ?? '', article.language ?? '',
    article.date ?? '', article.text,
  ];
  out.push(...art);

  const lang: Language = detectLanguage(text, { sentences: 3 });
  const pageLang: Language = detectHtmlLanguage('<p>Bonjour</p>', null, {});
  if (lang !== 'und' && !hasEntityModel(lang)) loadEntityModel(lang, new Uint8Array(0));
  out.push(lang, pageLang);

  const md: string = exportMarkdown(text, { sentences: 3 });
  const exported = JSON.parse(exportJson(text, { sentences: 3 })) as AnalysisExport;
  const format: 'nutshell-analysis' = exported.format;
  const formatVersion: 1 = exported.formatVersion;
  const engine: string = exported.engine;
  const echoed: CanonicalOptions = exported.options;
  const again: string = exportJson(text, echoed);
  out.push(md, format, String(formatVersion), engine, again);

  // @ts-expect-error: a model is bytes
  loadEntityModel('fr', 'entities-fr.bin');
  // @ts-expect-error: a misspelt option is refused
  analyze(text, { sentence: 3 });
  // @ts-expect-error: options are an object
  analyze(text, 3);
  // @ts-expect-error: a sentence kind is one of three
  const wrongKind: SentenceKind = 'paragraph';
  // @ts-expect-error: entity counts are numbers
  const wrongCount: string = a.entities[0]!.count;
  // @ts-expect-error: `article` may be missing from analyze()'s result
  const noArticle: Article = a.article;
  // @ts-expect-error: results have no `any` escape hatch
  a.sentences[0]!.nonsense;
  void [wrongKind, wrongCount, noArticle];
  return out;
}

/**
 * Nutshell: article summarizer, Rust compiled to WebAssembly.
 *
 * Hand-written types for the package (wasm-bindgen's own declarations say `any` for every result).
 * They describe the `Report` of src/report.rs; tests/package/ checks at run time that a real
 * result has exactly these fields, so they cannot drift from the Rust structs silently.
 *
 * Every offset (`start`, `end`) counts UTF-16 code units of the analysed text, what
 * `String.prototype.slice` uses: `text.slice(s.start, s.end) === s.text`.
 */

/** A language Nutshell has data for (ISO 639-1), or "und" when undetermined. */
export type Language =
  | "en"
  | "fr"
  | "de"
  | "es"
  | "it"
  | "pt"
  | "nl"
  | "pl"
  | "cs"
  | "fi"
  | "ro"
  | "und";

/** What a sentence is: only "body" sentences can enter the summary. */
export type SentenceKind = "body" | "heading" | "boilerplate";

/** What an entity names. */
export type EntityKind = "person" | "organization" | "place" | "other";

/** What a figure measures. */
export type FigureKind = "number" | "money" | "percent" | "date";

/** A span of the analysed text, in UTF-16 code units. */
export interface Mention {
  start: number;
  end: number;
}

/** The parts a body sentence's score is made of: each group of the learned model's features'
 * contribution to the log-odds against the average training sentence, signed and unbounded, so
 * that `score = 1 / (1 + exp(-(base + Σ the other parts)))` (all 0 for other sentences). */
export interface ScoreParts {
  /** Shares words with the rest of the text: centrality, closeness to the centroid, frequency. */
  centrality: number;
  /** Where it stands; counts only as much as the text reads as news. */
  position: number;
  /** Shares words with the headline. */
  title: number;
  /** Names and figures per word. */
  density: number;
  /** Length, and whether it ends as a question, an exclamation or with a colon. */
  form: number;
  /** Where it stands in its paragraph, and which paragraph. */
  paragraph: number;
  /** Opens or closes with a quotation mark. */
  quotation: number;
  /** Its first word (a pronoun, a connective, "I", "you"), or a question before it. */
  cues: number;
  /** What it says that the sentences before it did not. */
  novelty: number;
  /** The same for every sentence of the text: the intercept for this text and summary. */
  base: number;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  kind: SentenceKind;
  /** Salience in (0, 1): σ(base + Σ parts) of the learned model; 0 unless "body". */
  score: number;
  parts: ScoreParts;
  /** Words as the engine counts them (runs of letters and digits: "l’IA" is two), the unit of
   * the `words` and `seconds` options. */
  words: number;
}

export interface Entity {
  /** The canonical (longest) name. */
  text: string;
  kind: EntityKind;
  /** `mentions.length`. */
  count: number;
  mentions: Mention[];
}

export interface Keyphrase {
  text: string;
  score: number;
  count: number;
}

export interface Quote {
  start: number;
  end: number;
  text: string;
  /** Index into `sentences` of the sentence the quotation stands in. */
  sentence: number;
  /** The speaker's entity name, when known. */
  speaker: string | null;
}

/** Who said what: a speaker and the indices into `quotes` of their quotations. */
export interface Speaker {
  name: string;
  kind: EntityKind;
  quotes: number[];
}

export interface Figure {
  start: number;
  end: number;
  text: string;
  kind: FigureKind;
  /** Index into `sentences`. */
  sentence: number;
  /** Whether the figure's sentence is in the summary. */
  in_summary: boolean;
}

/** The article extracted from a page by `analyzeHtml`. */
export interface Article {
  title: string;
  byline: string | null;
  site: string | null;
  /** The page's declared language, as written there (e.g. "fr-FR"). */
  language: string | null;
  date: string | null;
  /** What was analysed: paragraphs and headings separated by blank lines. */
  text: string;
}

/** The analysis of a text: the same shape as the `nutshell` CLI's JSON, offsets in UTF-16. */
export interface Analysis {
  /** The engine's version. */
  version: string;
  offsets: "utf16";
  language: Language;
  /** Given, from the page, or the text's first line when it is a heading. */
  title: string | null;
  /** In document order; spans cover every non-space character. */
  sentences: Sentence[];
  /** Indices into `sentences`, in document order. */
  summary: number[];
  /** By count, then first mention. */
  entities: Entity[];
  keyphrases: Keyphrase[];
  quotes: Quote[];
  speakers: Speaker[];
  figures: Figure[];
  /** Only from `analyzeHtml`: offsets are into `article.text`. */
  article?: Article;
}

/** An `Analysis` that came from a page. */
export interface PageAnalysis extends Analysis {
  article: Article;
}

/**
 * Options. At most one length option (`sentences`, `ratio`, `words`, `seconds`); without one
 * the summary has 3 sentences for news-sized texts and grows with longer ones. An unknown or
 * invalid option throws an `Error` that says what is wrong.
 */
export interface Options {
  /** Summary of this many sentences (a whole number ≥ 1). */
  sentences?: number | null;
  /** Summary of this fraction of the sentences, 0 < ratio ≤ 1. */
  ratio?: number | null;
  /** Summary of at most this many words. */
  words?: number | null;
  /** Summary readable in this many seconds (230 words a minute). */
  seconds?: number | null;
  /** The language instead of detecting it; region suffixes ("fr-BE") and any case are accepted. */
  lang?: Language | "auto" | (string & {}) | null;
  /** Alias of `lang`. */
  language?: Language | "auto" | (string & {}) | null;
  /** The article's headline, when known apart from the text (it steers salience). */
  title?: string | null;
  /** Keep quotations out of the summary. */
  skipQuotes?: boolean | null;
}

/** The options of an export, in canonical form: pass them back to reproduce it. */
export interface CanonicalOptions {
  sentences: number | null;
  ratio: number | null;
  words: number | null;
  seconds: number | null;
  lang: Language | null;
  title: string | null;
  skipQuotes: boolean;
}

/** The versioned JSON export (what `JSON.parse(exportJson(text, options))` gives). */
export interface AnalysisExport extends Analysis {
  format: "nutshell-analysis";
  formatVersion: 1;
  /** The engine's version. */
  engine: string;
  options: CanonicalOptions;
}

/** Analyses `text`. Throws an `Error` on invalid options; no text is invalid. */
export function analyze(text: string, options?: Options | null): Analysis;

/**
 * The summary alone: `analyze`'s result with empty `entities`, `keyphrases`, `quotes`, `speakers`
 * and `figures` (language, sentences and summary are the same). Right after `init`, while the
 * engine's code is compiled on first use, it takes about a third of the time of `analyze`.
 */
export function summarize(text: string, options?: Options | null): Analysis;

/** Extracts the article from an HTML page, then analyses it (offsets into `article.text`). */
export function analyzeHtml(html: string, url?: string | null, options?: Options | null): PageAnalysis;

/**
 * The analysis as Markdown: the title, the summary with `[§n]` references to sentence n
 * (1-based), the entities by kind, the summary's key figures, who said what.
 */
export function exportMarkdown(text: string, options?: Options | null): string;

/**
 * The versioned JSON export (an `AnalysisExport`, pretty-printed): byte-identical for the same
 * text and options.
 */
export function exportJson(text: string, options?: Options | null): string;

/**
 * How many words the scanner that every analysis starts with finds in `text`: one pass over the
 * text, the benchmarks' reference for the cost of reading it.
 */
export function countWords(text: string): number;

/** The engine's version, e.g. "0.1.0". */
export function version(): string;

/** A language that has an entity model: every `Language` but "und". */
export type ModelLanguage = Exclude<Language, "und">;

/**
 * The language `analyze(text, options)` analyses `text` in ("und" when undetermined): the one
 * whose entity model to load first. Throws an `Error` on invalid options.
 */
export function detectLanguage(text: string, options?: Options | null): Language;

/** As `detectLanguage`, for `analyzeHtml(html, url, options)`: the language of the page's article. */
export function detectHtmlLanguage(html: string, url?: string | null, options?: Options | null): Language;

/**
 * Loads the entity model of `lang`, the bytes of the package's `models/entities-<lang>.bin`. The
 * module has none built in: until a language's model is loaded, its names are found by rules
 * (fewer, and more often of the wrong kind). Throws an `Error` saying why if the bytes are not a
 * model or the language is unknown; loading a language again keeps the model already loaded.
 * In Node: `loadEntityModel("fr", readFileSync(new URL("./models/entities-fr.bin",
 * import.meta.resolve("nutshell-wasm"))))`.
 */
export function loadEntityModel(lang: ModelLanguage | (string & {}), bytes: Uint8Array): void;

/** Whether `lang` has an entity model loaded (false for an unknown code or "und"). */
export function hasEntityModel(lang: ModelLanguage | (string & {})): boolean;

/**
 * Inside a dedicated Web Worker, after `init()`: answers the page's requests posted to the worker
 * (`{id, text, options}`, `{id, html, url, options}`, `{id, format: "markdown", text, options}`)
 * with `{id, progress: {stage, done}}` as the analysis enters each stage, then `{id, result, ms}`
 * or `{id, error, fatal: false}`; first, once per language whose entity model is not loaded,
 * `{id, model: lang}` instead, after which the page posts `{type: "model", lang, bytes}` (`bytes`:
 * the model file, or null for none) and the request again. The protocol of Nutshell's own page (its worker.js). Throws
 * outside a dedicated worker.
 */
export function serveWorker(): void;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;
export type SyncInitInput = BufferSource | WebAssembly.Module;

/** The module's raw exports; use the functions above instead. */
export interface InitOutput {
  readonly memory: WebAssembly.Memory;
}

/**
 * Loads the WebAssembly module; call (and await) once before anything else. Without an argument
 * it fetches `nutshell_bg.wasm` next to this module; in Node, pass the file's bytes:
 * `await init({ module_or_path: await readFile(wasmPath) })`.
 */
export default function init(
  module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>,
): Promise<InitOutput>;

/** Loads the module synchronously from its bytes or a compiled `WebAssembly.Module`. */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

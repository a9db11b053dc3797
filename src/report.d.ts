/** What an input is; "auto" lets the engine decide. */
export type Kind = "auto" | "url" | "qr" | "message" | "pitch";
/** Language of explanations and advice. */
export type Lang = "zh" | "en";
/** Options of one check. */
export interface CheckOptions { kind?: Kind; lang?: Lang }
/** A stretch of the input: `start`/`end` in UTF-8 bytes, `start16`/`end16` in UTF-16 code units (use these in JavaScript). */
export interface Span { start: number; end: number; start16: number; end16: number }
/** A scam family the input matches. */
export interface FamilyMatch { id: string; name: string; summary: string; score: number }
/** One reason behind the score. */
export interface Signal { rule: string; family?: string; weight: number; spans: Span[]; explanation: string }
/** Something found in the input. */
export interface Entity { kind: string; text: string; span: Span }
/** The result of one check. */
export interface Report {
  kind: Exclude<Kind, "auto">;
  lang: Lang;
  score: number;
  level: "low" | "medium" | "high";
  level_label: string;
  families: FamilyMatch[];
  signals: Signal[];
  advice: string[];
  entities: Entity[];
  notes: string[];
  input: { bytes: number; checked_bytes: number; truncated: boolean };
  rules_version: string;
  rules_hash: string;
}

// The live check of a step: the engine must agree with every goal verdict on the design's current text.
import type { Cluster } from '../model';
import { createEngine } from '../engine/engine';
import { mismatch, type VerdictMismatch } from '../examples/expectation';
import type { LessonStep } from './types';
import type { ParseResult } from '../yaml';
import { lint } from '../lint/lint';

export interface StepCheck {
  reached: boolean;
  /** Goals the engine does not (yet) agree with. */
  missing: VerdictMismatch[];
  /** Lint goals not (yet) met: a code that should be reported and is not, or one still reported. */
  lintMissing?: { code: string; present: boolean }[];
}

/** The step's verdict goals and lint goals (a pitfall lesson's step is reached when lint says so too). */
export function checkStepParsed(parse: ParseResult, step: LessonStep): StepCheck {
  const verdicts = checkStep(parse.cluster, step);
  if (!step.lint) return verdicts;
  const codes = new Set(lint(parse).map((f) => f.code as string));
  const lintMissing = [
    ...(step.lint.present ?? []).filter((c) => !codes.has(c)).map((code) => ({ code, present: true })),
    ...(step.lint.absent ?? []).filter((c) => codes.has(c)).map((code) => ({ code, present: false })),
  ];
  return { reached: verdicts.reached && lintMissing.length === 0, missing: verdicts.missing, lintMissing };
}

export function checkStep(cluster: Cluster, step: LessonStep): StepCheck {
  let engine;
  try {
    engine = createEngine(cluster);
  } catch {
    return { reached: false, missing: step.goals.map((expected) => ({ expected, actual: 'engine unavailable' })) };
  }
  const missing = step.goals.map((g) => mismatch(engine, g)).filter((m): m is VerdictMismatch => m !== undefined);
  return { reached: missing.length === 0, missing };
}

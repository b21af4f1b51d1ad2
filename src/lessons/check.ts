// The live check of a step: the engine must agree with every goal verdict on the design's current text.
import type { Cluster } from '../model';
import { createEngine } from '../engine/engine';
import { mismatch, type VerdictMismatch } from '../examples/expectation';
import type { LessonStep } from './types';

export interface StepCheck {
  reached: boolean;
  /** Goals the engine does not (yet) agree with. */
  missing: VerdictMismatch[];
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

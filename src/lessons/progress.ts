// Lesson progress across reloads: which step each lesson is at and which steps were reached.
// Stored under `kpd.lessons.v1`; anything unreadable there is ignored (progress is a convenience, not work).
import type { Lesson } from './types';

export const PROGRESS_KEY = 'kpd.lessons.v1';

export interface LessonProgress {
  /** Index of the step shown. */
  step: number;
  /** Ids of steps the engine agreed with at some point. */
  done: string[];
}

export type Progress = Record<string, LessonProgress>;

export function loadProgress(storage: Pick<Storage, 'getItem'> | undefined, lessons: readonly Lesson[]): Progress {
  const out: Progress = Object.create(null);
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(PROGRESS_KEY) ?? '{}');
  } catch {
    return out;
  }
  if (typeof raw !== 'object' || raw === null) return out;
  for (const lesson of lessons) {
    const p = (raw as Record<string, unknown>)[lesson.id] as { step?: unknown; done?: unknown } | undefined;
    if (!p || typeof p !== 'object') continue;
    const ids = new Set(lesson.steps.map((s) => s.id));
    const step = typeof p.step === 'number' && Number.isInteger(p.step) ? Math.min(Math.max(p.step, 0), lesson.steps.length - 1) : 0;
    const done = Array.isArray(p.done) ? p.done.filter((d): d is string => typeof d === 'string' && ids.has(d)) : [];
    out[lesson.id] = { step, done };
  }
  return out;
}

export function saveProgress(storage: Pick<Storage, 'setItem'> | undefined, progress: Progress): void {
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Storage full or blocked: progress is not worth an error.
  }
}

export function progressOf(progress: Progress, lessonId: string): LessonProgress {
  return progress[lessonId] ?? { step: 0, done: [] };
}

export function markDone(progress: Progress, lessonId: string, stepId: string): Progress {
  const p = progressOf(progress, lessonId);
  if (p.done.includes(stepId)) return progress;
  return { ...progress, [lessonId]: { ...p, done: [...p.done, stepId] } };
}

export function goToStep(progress: Progress, lesson: Lesson, step: number): Progress {
  const p = progressOf(progress, lesson.id);
  return { ...progress, [lesson.id]: { ...p, step: Math.min(Math.max(step, 0), lesson.steps.length - 1) } };
}

export function lessonComplete(progress: Progress, lesson: Lesson): boolean {
  const done = new Set(progressOf(progress, lesson.id).done);
  return lesson.steps.every((s) => done.has(s.id));
}

import { describe, it, expect } from 'vitest';
import { parseManifests } from '../yaml';
import { describeQuery } from '../examples/expectation';
import { LESSONS, checkStepParsed, goToStep, lessonComplete, loadProgress, markDone, saveProgress, PROGRESS_KEY } from './index';

const parsed = (text: string) => parseManifests([{ file: 'lesson.yaml', text }]);

describe.each(LESSONS.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  it.each(lesson.steps.map((s, i) => [s.id, i] as const))('step %s: "Show me" reaches the goal', (_s, i) => {
    const step = lesson.steps[i];
    const check = checkStepParsed(parsed(step.solution), step);
    expect(check.missing.map((m) => `${describeQuery(m.expected)}: ${m.actual}`)).toEqual([]);
    expect(check.lintMissing ?? []).toEqual([]);
  });

  it.each(lesson.steps.slice(1).map((s, i) => [s.id, i + 1] as const))('step %s is not reached by the previous step', (_s, i) => {
    expect(checkStepParsed(parsed(lesson.steps[i - 1].solution), lesson.steps[i]).reached).toBe(false);
  });
});

describe('the pitfall lessons', () => {
  it('are 8 or more in all, and each pitfall lesson starts where lint reports its pitfall and ends where it does not', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(8);
    for (const lesson of LESSONS.filter((l) => l.steps.some((s) => s.lint))) {
      const [first, last] = [lesson.steps[0]!, lesson.steps[lesson.steps.length - 1]!];
      expect(first.lint?.present?.length, lesson.id).toBeGreaterThan(0);
      expect(last.lint?.absent, lesson.id).toEqual(first.lint?.present);
    }
  });
});

describe('lesson progress', () => {
  const memory = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
  };
  const lesson = LESSONS[0];

  it('survives a reload', () => {
    const s = memory();
    let p = loadProgress(s, LESSONS);
    p = markDone(goToStep(p, lesson, 1), lesson.id, lesson.steps[0].id);
    saveProgress(s, p);
    expect(loadProgress(s, LESSONS)[lesson.id]).toEqual({ step: 1, done: [lesson.steps[0].id] });
  });

  it('ignores garbage and unknown steps in storage', () => {
    const s = memory();
    s.setItem(PROGRESS_KEY, '{not json');
    expect(Object.keys(loadProgress(s, LESSONS))).toEqual([]);
    s.setItem(PROGRESS_KEY, JSON.stringify({ [lesson.id]: { step: 99, done: ['nope', lesson.steps[0].id, 3] }, __proto__: { x: 1 } }));
    expect(loadProgress(s, LESSONS)[lesson.id]).toEqual({ step: lesson.steps.length - 1, done: [lesson.steps[0].id] });
  });

  it('is complete when every step was reached', () => {
    let p = loadProgress(undefined, LESSONS);
    for (const st of lesson.steps) {
      expect(lessonComplete(p, lesson)).toBe(false);
      p = markDone(p, lesson.id, st.id);
    }
    expect(lessonComplete(p, lesson)).toBe(true);
  });
});

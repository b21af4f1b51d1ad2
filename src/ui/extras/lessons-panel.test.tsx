// @vitest-environment jsdom
// The lessons panel over a test designer (the real store and engine): "Show me" opens the step's solution, the
// live check turns the step green, Next is allowed only then, and progress lands in localStorage.
import { describe, it, expect } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { createTestDesigner } from '../test-designer';
import { LessonsPanel } from './LessonsPanel';
import { LESSONS, PROGRESS_KEY } from '../../lessons';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const byText = (el: HTMLElement, name: string) => [...el.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;

/** Wait (in real time: the live check runs after a typing pause) until the step's status says `state`. */
async function statusBecomes(el: HTMLElement, state: 'reached' | 'pending') {
  for (let i = 0; i < 100; i++) {
    if (el.querySelector('.kpd-step [role="status"]')?.getAttribute('data-state') === state) return;
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
  throw new Error(`the step never became ${state}`);
}

describe('lessons panel', () => {
  it('walks lesson 1 with "Show me", one undo step per step, and remembers the progress', async () => {
    const td = createTestDesigner();
    const el = document.createElement('div');
    document.body.replaceChildren(el);
    await act(async () => createRoot(el).render(td.wrap(<LessonsPanel />)));
    await act(async () => byText(el, 'Start: Zero trust with NetworkPolicy').click());
    const lesson = LESSONS[0];
    for (let i = 0; i < lesson.steps.length; i++) {
      expect(el.querySelector('.kpd-step-count')?.textContent).toBe(`Step ${i + 1} of ${lesson.steps.length}`);
      if (i > 0) await statusBecomes(el, 'pending');
      if (i < lesson.steps.length - 1) expect(byText(el, 'Next step').disabled).toBe(true);
      const steps = td.store.history.getState().past.length;
      await act(async () => byText(el, 'Show me').click());
      await statusBecomes(el, 'reached');
      expect(td.state.text).toBe(lesson.steps[i]!.solution);
      expect(td.store.history.getState().past.length).toBe(steps + 1);
      if (i < lesson.steps.length - 1) await act(async () => byText(el, 'Next step').click());
    }
    expect(el.textContent).toContain('Lesson complete');
    const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY)!);
    expect(saved[lesson.id].done).toEqual(lesson.steps.map((s) => s.id));
  });
});

// @vitest-environment jsdom
// The lessons panel's wiring: "Show me" loads the step, the live check turns the step green, Next is allowed
// only then, and progress lands in localStorage. The engine's own agreement is proven in src/lessons.
import { describe, it, expect, vi } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { useStore } from 'zustand';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../i18n';
import type { LessonStep } from '../../lessons';
import { fakeDesignerStore } from './fake-store.test-helper';

const store = fakeDesignerStore('');
vi.mock('./designer', () => ({
  useDesignerApi: () => store,
  useDesigner: <T,>(sel: (s: never) => T) => useStore(store, sel as never),
}));
// Stand-in for the engine check: a step is reached when the text is its solution.
vi.mock('./useStepCheck', () => ({
  useStepCheck: (step: LessonStep | undefined) => {
    const text = useStore(store, (s) => s.text);
    return step ? { reached: text === step.solution, missing: text === step.solution ? [] : [{ expected: step.goals[0], actual: 'x' }] } : undefined;
  },
}));

const { LessonsPanel } = await import('./LessonsPanel');
const { LESSONS, PROGRESS_KEY } = await import('../../lessons');
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const byText = (el: HTMLElement, name: string) => [...el.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;

describe('lessons panel', () => {
  it('walks lesson 1 with "Show me" and remembers the progress', async () => {
    const el = document.createElement('div');
    document.body.replaceChildren(el);
    await act(async () =>
      createRoot(el).render(
        <I18nextProvider i18n={createI18n('en')}>
          <LessonsPanel />
        </I18nextProvider>,
      ),
    );
    await act(async () => byText(el, 'Start: Zero trust with NetworkPolicy').click());
    const lesson = LESSONS[0];
    for (let i = 0; i < lesson.steps.length; i++) {
      const status = () => el.querySelector('[role="status"]')!;
      expect(el.querySelector('.kpd-step-count')?.textContent).toBe(`Step ${i + 1} of ${lesson.steps.length}`);
      if (i > 0) expect(status().getAttribute('data-state')).toBe('pending');
      if (i < lesson.steps.length - 1) expect(byText(el, 'Next step').disabled).toBe(true);
      await act(async () => byText(el, 'Show me').click());
      expect(status().getAttribute('data-state')).toBe('reached');
      if (i < lesson.steps.length - 1) await act(async () => byText(el, 'Next step').click());
    }
    expect(el.textContent).toContain('Lesson complete');
    const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY)!);
    expect(saved[lesson.id].done).toEqual(lesson.steps.map((s) => s.id));
  });
});

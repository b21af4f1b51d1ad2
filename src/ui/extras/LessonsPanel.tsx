import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeQuery } from '../../examples';
import { LESSONS, goToStep, lessonComplete, loadProgress, markDone, progressOf, saveProgress, type Lesson, type Progress } from '../../lessons';
import { useDesignerApi } from '../../store';
import { useExtrasUi } from './ui-state';
import { useStepCheck } from './useStepCheck';

const storage = () => (typeof localStorage === 'undefined' ? undefined : localStorage);

export function LessonsPanel() {
  const { t } = useTranslation();
  const toggle = useExtrasUi((s) => s.toggleLessons);
  const [progress, setProgress] = useState<Progress>(() => loadProgress(storage(), LESSONS));
  const [lessonId, setLessonId] = useState<string>();
  const lesson = LESSONS.find((l) => l.id === lessonId);
  const update = (p: Progress) => {
    setProgress(p);
    saveProgress(storage(), p);
  };

  return (
    <aside aria-label={t('extras.lessons.title')} className="kpd-lessons">
      <header className="kpd-dialog-header">
        <h2>{t('extras.lessons.title')}</h2>
        <button type="button" onClick={toggle} aria-label={t('extras.lessons.close')}>
          ×
        </button>
      </header>
      {lesson ? (
        <LessonView lesson={lesson} progress={progress} update={update} back={() => setLessonId(undefined)} />
      ) : (
        <>
          <p>{t('extras.lessons.choose')}</p>
          <ul className="kpd-lesson-list">
            {LESSONS.map((l) => {
              const p = progressOf(progress, l.id);
              return (
                <li key={l.id}>
                  <h3>{t(`lessons.${l.id}.title`)}</h3>
                  <p>{t(`lessons.${l.id}.intro`)}</p>
                  <button
                    type="button"
                    onClick={() => setLessonId(l.id)}
                    aria-label={`${t(p.done.length ? 'extras.lessons.continue' : 'extras.lessons.start')}: ${t(`lessons.${l.id}.title`)}`}
                  >
                    {t(p.done.length ? 'extras.lessons.continue' : 'extras.lessons.start')}
                  </button>
                  {lessonComplete(progress, l) ? <span className="kpd-badge">{t('extras.lessons.doneBadge')}</span> : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </aside>
  );
}

function LessonView(props: { lesson: Lesson; progress: Progress; update(p: Progress): void; back(): void }) {
  const { lesson, progress, update } = props;
  const { t } = useTranslation();
  const api = useDesignerApi();
  const p = progressOf(progress, lesson.id);
  const step = lesson.steps[p.step];
  const check = useStepCheck(step);
  const key = (k: string) => `lessons.${lesson.id}.steps.${step.id}.${k}`;

  useEffect(() => {
    if (check?.reached && !p.done.includes(step.id)) update(markDone(progress, lesson.id, step.id));
  }, [check, p.done, step.id, progress, lesson.id, update]);

  const showMe = async () => {
    await api.getState().openDesign(step.solution);
    api.getState().setShowTraffic(true);
    api.getState().notify(t('extras.lessons.applied'));
  };
  const last = p.step === lesson.steps.length - 1;

  return (
    <div className="kpd-lesson" data-lesson={lesson.id}>
      <button type="button" onClick={props.back}>
        ← {t('extras.lessons.allLessons')}
      </button>
      <h3>{t(`lessons.${lesson.id}.title`)}</h3>
      <ol className="kpd-steps">
        {lesson.steps.map((s, i) => (
          <li key={s.id} aria-current={i === p.step ? 'step' : undefined} data-done={p.done.includes(s.id) || undefined}>
            {t(`lessons.${lesson.id}.steps.${s.id}.title`)}
            {p.done.includes(s.id) ? ` ✓` : ''}
          </li>
        ))}
      </ol>
      <section aria-label={t('extras.lessons.stepOf', { n: p.step + 1, total: lesson.steps.length })} className="kpd-step" data-step={step.id}>
        <p className="kpd-step-count">{t('extras.lessons.stepOf', { n: p.step + 1, total: lesson.steps.length })}</p>
        <h4>{t(key('title'))}</h4>
        <p>
          <strong>{t('extras.lessons.goal')}: </strong>
          {t(key('goal'))}
        </p>
        <details>
          <summary>{t('extras.lessons.showHint')}</summary>
          <p>{t(key('hint'))}</p>
        </details>
        <button type="button" onClick={() => void showMe()}>
          {t('extras.lessons.showMe')}
        </button>
        <div role="status" className={check?.reached ? 'kpd-goal kpd-goal-reached' : 'kpd-goal'} data-state={check?.reached ? 'reached' : 'pending'}>
          {check?.reached
            ? t('extras.lessons.reached')
            : t('extras.lessons.notYet', {
                count: check ? check.missing.length + (check.lintMissing?.length ?? 0) : step.goals.length + (step.lint?.present?.length ?? 0) + (step.lint?.absent?.length ?? 0),
              })}
          {check && !check.reached ? (
            <ul>
              {check.missing.map((m, i) => (
                <li key={i}>
                  {t('extras.lessons.expectation', {
                    query: describeQuery(m.expected),
                    verdict: t(m.expected.allowed ? 'extras.gallery.allowed' : 'extras.gallery.denied'),
                  })}
                </li>
              ))}
              {(check.lintMissing ?? []).map((m) => (
                <li key={m.code}>{t(m.present ? 'extras.lessons.lintExpected' : 'extras.lessons.lintGone', { code: m.code })}</li>
              ))}
            </ul>
          ) : null}
        </div>
        {last && lessonComplete(progress, lesson) ? <p className="kpd-complete">{t('extras.lessons.complete')}</p> : null}
        <div className="kpd-step-nav">
          <button type="button" disabled={p.step === 0} onClick={() => update(goToStep(progress, lesson, p.step - 1))}>
            {t('extras.lessons.previous')}
          </button>
          <button type="button" disabled={last || !p.done.includes(step.id)} onClick={() => update(goToStep(progress, lesson, p.step + 1))}>
            {t('extras.lessons.next')}
          </button>
        </div>
      </section>
    </div>
  );
}

// The live check of the lesson step on screen: re-run by the engine shortly after the text stops changing.
// Lesson designs are a handful of workloads, so the main thread is fine here (the overlay has its own worker).
import { useEffect, useState } from 'react';
import { parseManifests } from '../../yaml';
import { checkStepParsed, type LessonStep, type StepCheck } from '../../lessons';
import { useDesigner } from '../../store';

const PAUSE_MS = 250;

export function useStepCheck(step: LessonStep | undefined): StepCheck | undefined {
  const text = useDesigner((s) => s.text);
  // The result remembers its step: a check of the previous step must never count for the next one.
  const [result, setResult] = useState<{ step: LessonStep; check: StepCheck }>();
  useEffect(() => {
    if (!step) return;
    const timer = setTimeout(() => {
      try {
        setResult({ step, check: checkStepParsed(parseManifests([{ file: '', text }]), step) });
      } catch {
        setResult({ step, check: { reached: false, missing: [] } });
      }
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, step]);
  return step && result?.step === step ? result.check : undefined;
}

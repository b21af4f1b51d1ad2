import type { KnownVerdict } from '../examples/expectation';

/** One step: reached when the engine agrees with every goal verdict. Text lives in i18n `lessons.<lesson>.steps.<id>`. */
export interface LessonStep {
  id: string;
  goals: KnownVerdict[];
  /** Lint goals (src/lint codes): `present` ones must be reported on the design, `absent` ones must not. */
  lint?: { present?: string[]; absent?: string[] };
  /** The whole design after this step: what "Show me" loads (one undo step). */
  solution: string;
}

export interface Lesson {
  id: string;
  steps: LessonStep[];
}

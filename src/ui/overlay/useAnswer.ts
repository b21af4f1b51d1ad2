// An answer from the engine for a question named by `key`: asked again whenever the key changes, and shown only
// while it answers the current key (an answer to an older question is never shown for a newer one).
import { useEffect, useState } from 'react';

export function useAnswer<T>(key: string | undefined, ask: (key: string) => Promise<T>): T | undefined {
  const [answer, setAnswer] = useState<{ key: string; value: T }>();
  useEffect(() => {
    if (key === undefined) return;
    let live = true;
    ask(key).then(
      (value) => live && setAnswer({ key, value }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key, ask]);
  return answer && answer.key === key ? answer.value : undefined;
}

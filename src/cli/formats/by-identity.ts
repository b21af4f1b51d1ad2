// Blocks share their id lists (a group's members) and port lists (one per verdict combination), so a format
// turns each list into text once and looks it up by identity afterwards: with a million blocks, this is most
// of the cost of writing them.
export function byIdentity(render: (xs: string[]) => string): (xs: string[]) => string {
  const seen = new WeakMap<string[], string>();
  return (xs) => {
    let text = seen.get(xs);
    if (text === undefined) seen.set(xs, (text = render(xs)));
    return text;
  };
}

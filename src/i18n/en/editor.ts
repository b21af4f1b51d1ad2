export const editor = {
  label: 'YAML editor',
  textLabel: 'YAML text',
  loading: 'Loading the editor…',
  cursor: 'Ln {{line}}, Col {{col}}',
  noProblems: 'No problems',
  errors_one: '{{count}} error',
  errors_other: '{{count}} errors',
  warnings_one: '{{count}} warning',
  warnings_other: '{{count}} warnings',
};

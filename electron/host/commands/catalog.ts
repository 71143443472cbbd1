import { actionsFor, catalogAsJsonSchema } from '../../../shared/catalog';
import { parse, type Command } from './command';

export const catalogCommand: Command = {
  name: 'catalog',
  usage: 'catalog [--json]',
  summary:
    'The action catalog: labels, scopes, groups, and parameter schemas as JSON Schema with --json.',
  run: async (argv, io) => {
    const { values } = parse(argv, { json: { type: 'boolean', default: false } });
    if (values.json) {
      io.out(`${JSON.stringify(catalogAsJsonSchema(), null, 2)}\n`);
      return 0;
    }
    const sections: [string, Parameters<typeof actionsFor>][] = [
      ['Account journeys — Accounts', ['account', 'account']],
      ['Account journeys — People', ['account', 'people']],
      ['People journeys', ['people', 'people']],
    ];
    for (const [title, args] of sections) {
      io.out(`${title}\n`);
      for (const group of actionsFor(...args)) {
        io.out(
          `  ${group.group}\n${group.actions.map((a) => `    ${a.label}  (${a.id})\n`).join('')}`,
        );
      }
    }
    return 0;
  },
};

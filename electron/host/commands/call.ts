import { AppError } from '../../../shared/errors';
import { DATA_OPTIONS, parse, withCore, type Command } from './command';

/** Parses the JSON argument of `call`, naming it when it is not JSON. */
function parseJsonArgument(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError(
      'invalid_input',
      `input is not valid JSON: ${(error as Error).message}`,
      'input',
    );
  }
}

export const callCommand: Command = {
  name: 'call',
  usage: "call <channel> ['<json input>'] [--data-dir DIR]",
  summary: 'Runs any contract channel against the data directory and prints its JSON output.',
  run: async (argv, io) => {
    const { values, positionals } = parse(argv, DATA_OPTIONS);
    const [channel, json] = positionals;
    if (!channel)
      throw new AppError(
        'invalid_input',
        'call needs a channel name, e.g. journeys.list',
        'channel',
      );
    const input = parseJsonArgument(json);
    const output = await withCore(values, (core) => core.dispatch(channel, input));
    io.out(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  },
};

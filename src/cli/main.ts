import { agreeCommand } from './agreeCommand.ts';
import { convertCommand } from './convertCommand.ts';
import { commandHelp, mainHelp } from './help.ts';
import { importCommand } from './importCommand.ts';
import { CLOSED_PIPE_STATUS, isClosedPipe } from './outputSink.ts';
import { validateCommand } from './validateCommand.ts';

/** A command takes the arguments after its name and resolves to the exit status. */
type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  import: importCommand,
  convert: convertCommand,
  validate: validateCommand,
  agree: agreeCommand,
};

export async function main(argv: string[]): Promise<number> {
  // Whatever a command prints, a reader that goes away (| head) ends it quietly, as it ends any Unix tool.
  process.stdout.on('error', (error) => {
    if (isClosedPipe(error)) process.exit(CLOSED_PIPE_STATUS);
    throw error;
  });
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h') return printHelp(mainHelp);
  if (name === 'help') return help(args[0]);
  const command = name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (command === undefined) {
    process.stderr.write(`${name === undefined ? '' : `tawsim: unknown command "${name}"\n\n`}${mainHelp}`);
    return 2;
  }
  return command(args);
}

function help(topic: string | undefined): number {
  if (topic === undefined) return printHelp(mainHelp);
  const text = Object.hasOwn(commandHelp, topic) ? commandHelp[topic] : undefined;
  if (text !== undefined) return printHelp(text);
  process.stderr.write(`tawsim: no help for "${topic}"\n\n${mainHelp}`);
  return 2;
}

function printHelp(text: string): number {
  process.stdout.write(text);
  return 0;
}

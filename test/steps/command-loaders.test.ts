// The CLI finds a command through COMMAND_LOADERS (one definition loaded) and lists them through
// the registry (all loaded): the two must name the same commands and give the same definitions.
import { COMMAND_LOADERS, loadCommand } from '../../shared/steps/command-loaders.js';
import { cliOnlyCommands, findCommand, steps } from '../../shared/steps/registry.js';

test('every command of the registry has a loader, and no loader names another', () => {
  expect(Object.keys(COMMAND_LOADERS).sort()).toEqual([...steps, ...cliOnlyCommands].map((s) => s.name).sort());
});

test.each(Object.keys(COMMAND_LOADERS))('the loader of %s gives the registry definition', async (name) => {
  expect(await loadCommand(name)).toBe(findCommand(name));
});

test('a name that is no command, or an Object property, loads nothing', () => {
  expect(loadCommand('evaluate')).toBeUndefined();
  expect(loadCommand('toString')).toBeUndefined();
  expect(loadCommand('__proto__')).toBeUndefined();
});

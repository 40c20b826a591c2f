/**
 * Checks a step built elsewhere: its result's dimension and value must follow from its operands
 * and operator. The property test runs it over every step the site builds. Kept apart from the
 * builders so the dimension tables never reach an island.
 */
import { dimensionOf, dimensionSymbol, divideDimensions, multiplyDimensions, sameDimension } from './dimension';
import { base, type ArithmeticStep } from './steps';

/** What is wrong with a step: its result's dimension or value disagrees with its operation. Empty when it holds. */
export function stepProblems(step: ArithmeticStep, relativeTolerance = 1e-9): string[] {
  const { inputs, operator, result } = step;
  if (operator === undefined) {
    const [only] = inputs;
    return inputs.length === 1 && only !== undefined && only.kind === result.kind && only.value === result.value ? [] : ['a given step shows one amount as its own result'];
  }
  const [a, b] = inputs;
  const expectedInputs = operator === '=' ? 1 : 2;
  if (a === undefined || inputs.length !== expectedInputs || (operator !== '=' && b === undefined)) return [`${operator} needs ${expectedInputs} operand(s)`];
  const da = dimensionOf(a.kind);
  let dimension = da;
  let value = base(a);
  if (b !== undefined) {
    const db = dimensionOf(b.kind);
    if (operator === '×') [dimension, value] = [multiplyDimensions(da, db), base(a) * base(b)];
    else if (operator === '÷') [dimension, value] = [divideDimensions(da, db), base(a) / base(b)];
    else {
      if (!sameDimension(da, db)) return [`${operator} of ${dimensionSymbol(da)} and ${dimensionSymbol(db)}`];
      value = operator === '+' ? base(a) + base(b) : base(a) - base(b);
    }
  }
  const problems: string[] = [];
  if (!sameDimension(dimension, dimensionOf(result.kind))) problems.push(`result is ${dimensionSymbol(dimension)}, shown as ${result.kind}`);
  const shown = base(result);
  if (Math.abs(shown - value) > relativeTolerance * Math.max(Math.abs(value), Math.abs(shown))) problems.push(`result ${shown} ≠ ${value}`);
  return problems;
}

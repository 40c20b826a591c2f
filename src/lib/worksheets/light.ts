/** Lesson 3, "Light in glass": the fiber's size, the loop, and how long light takes. */
import { amount, convert, divide, multiply } from '../steps';
import { lightTravelSteps } from '../transfer';
import { requirePositive } from '../input';
import { LIGHT_SHOWN, requireRecord } from './shared';
import type { Question, RecordInputs, Worksheet } from './types';

const KM_PER_MM = 1e-6;

export function lightWorksheet(record: RecordInputs): Worksheet {
  requireRecord(record);
  const distanceShown = amount('distance', record.distanceKm);
  const cladding = amount('distance', record.claddingMm * KM_PER_MM, { lengthUnit: 'mm' });
  const claddingUm = convert('classroom.step.mmToUm', cladding, 'distance', { lengthUnit: 'µm' });
  const inMs = { durationUnit: 'millisecond' } as const;
  const vacuum = divide('classroom.step.lightVacuum', distanceShown, LIGHT_SHOWN, 'duration', inMs);
  const questions: Question[] = [
    {
      id: 'cladding',
      prompt: 'classroom.q.light.cladding',
      vars: { cladding },
      answers: [claddingUm.result],
      explain: 'classroom.explain.light.cladding',
      working: [claddingUm],
      lines: 2,
    },
    {
      id: 'cores',
      prompt: 'classroom.q.light.cores',
      vars: { cores: amount('count', record.cores) },
      answers: [],
      explain: 'classroom.explain.light.cores',
      working: [],
      lines: 3,
    },
    { id: 'vacuum', prompt: 'classroom.q.light.vacuum', vars: { c: LIGHT_SHOWN, distance: distanceShown }, answers: [vacuum.result], working: [vacuum], lines: 2 },
  ];
  let oneWay = vacuum.result;
  const n = record.groupIndex === undefined ? undefined : requirePositive(record.groupIndex, 'group index');
  if (n !== undefined) {
    const index = amount('number', n);
    const glassSpeed = divide('classroom.step.glassSpeed', LIGHT_SHOWN, index, 'speed', { notation: 'full' });
    const glassTime = divide('classroom.step.time', distanceShown, glassSpeed.result, 'duration', inMs);
    oneWay = glassTime.result;
    questions.push({
      id: 'glass',
      prompt: 'classroom.q.light.glass',
      vars: { index, distance: distanceShown },
      answers: [glassSpeed.result, glassTime.result],
      explain: 'classroom.explain.light.glass',
      working: [glassSpeed, glassTime],
      lines: 3,
    });
  }
  const roundTrip = multiply('classroom.step.double', oneWay, amount('count', 2), 'duration', inMs);
  questions.push({
    id: 'round-trip',
    prompt: n === undefined ? 'classroom.q.light.roundTripVacuum' : 'classroom.q.light.roundTrip',
    vars: { distance: distanceShown },
    answers: [roundTrip.result],
    explain: 'classroom.explain.light.roundTrip',
    working: [roundTrip],
    lines: 2,
  });
  if (record.loopSpanKm !== undefined) {
    const span = amount('distance', requirePositive(record.loopSpanKm, 'loop span'));
    const lapCount = divide('classroom.step.laps', distanceShown, span, 'count');
    const laps = amount('count', Math.round(lapCount.result.value));
    questions.push({
      id: 'laps',
      prompt: 'classroom.q.light.laps',
      vars: { span, distance: distanceShown },
      answers: [laps],
      explain: 'classroom.explain.light.laps',
      working: [lapCount],
      lines: 2,
    });
    if (n !== undefined) {
      // The engine's own steps (span × index ÷ c); the lap time to four digits (0.4216 ms) so the check below adds up.
      const [times, over] = lightTravelSteps(span.value, n);
      const lap = { ...over, result: { ...over.result, format: { ...inMs, digits: 4 } } };
      const allLaps = multiply('classroom.step.allLaps', lap.result, laps, 'duration', inMs);
      questions.push({
        id: 'lap-time',
        prompt: 'classroom.q.light.lapTime',
        vars: { span, index: amount('number', n) },
        answers: [lap.result, allLaps.result],
        explain: 'classroom.explain.light.lapTime',
        working: [times, lap, allLaps],
        lines: 3,
      });
    }
  }
  return { slug: 'light-in-glass', questions };
}

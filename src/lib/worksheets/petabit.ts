/** Lesson 1, "How big is a petabit?": units, prefixes, bits and bytes, scientific notation. */
import { amount, convert, divide, multiply } from '../steps';
import { BITS_PER_BYTE_AMOUNT } from '../transfer';
import { BITS_PER_BYTE } from '../constants';
import { requireRecord } from './shared';
import type { RecordInputs, Worksheet } from './types';

/** Example quantities the questions ask about (design choices, not facts about the record). */
export const EXAMPLE_SIZES_BYTES = { petabyte: 1e15, gigabyte: 1e9 } as const;

export function petabitWorksheet(record: RecordInputs): Worksheet {
  requireRecord(record);
  const rate = record.rateBitsPerSecond;
  const rateShown = amount('rate', rate, { prefix: 'P' });
  const full = convert('classroom.step.peta', rateShown, 'rate', { notation: 'full' });
  const scientific = convert('classroom.step.scientific', full.result, 'rate', { notation: 'scientific' });
  const inTera = convert('classroom.step.prefixDown', rateShown, 'rate', { prefix: 'T' });
  const inBytes = divide('classroom.step.bitsToBytes', rateShown, BITS_PER_BYTE_AMOUNT, 'byte-rate', { prefix: 'P' });
  const bytesInTera = convert('classroom.step.prefixDown', inBytes.result, 'byte-rate', { prefix: 'T' });
  const { petabyte, gigabyte } = EXAMPLE_SIZES_BYTES;
  const petabyteShown = amount('size', petabyte, { prefix: 'P' });
  const petabyteBits = multiply('classroom.step.sizeToBits', petabyteShown, BITS_PER_BYTE_AMOUNT, 'bits', { prefix: 'P' });
  const petabyteTime = divide('classroom.step.time', petabyteBits.result, rateShown, 'duration', { durationUnit: 'second' });
  const gigabyteShown = amount('size', gigabyte, { prefix: 'G' });
  const teraBytesPerSecond = divide('classroom.step.bitsToBytes', rateShown, BITS_PER_BYTE_AMOUNT, 'byte-rate', { prefix: 'T' });
  const copies = divide('classroom.step.copies', teraBytesPerSecond.result, gigabyteShown, 'frequency');
  const cores = amount('count', record.cores);
  const perCore = divide('classroom.step.share', inTera.result, cores, 'rate', { prefix: 'T' });
  return {
    slug: 'how-big-is-a-petabit',
    questions: [
      { id: 'full', prompt: 'classroom.q.petabit.full', vars: { rate: rateShown }, answers: [full.result], working: [full], lines: 2 },
      {
        id: 'scientific',
        prompt: 'classroom.q.petabit.scientific',
        vars: { rate: rateShown },
        answers: [scientific.result],
        explain: 'classroom.explain.scientific',
        working: [scientific],
        lines: 2,
      },
      { id: 'terabits', prompt: 'classroom.q.petabit.terabits', vars: { rate: rateShown }, answers: [inTera.result], working: [inTera], lines: 2 },
      {
        id: 'bytes',
        prompt: 'classroom.q.petabit.bytes',
        vars: { rate: rateShown, bits: amount('count', BITS_PER_BYTE) },
        answers: [bytesInTera.result],
        explain: 'classroom.explain.bytes',
        working: [inBytes, bytesInTera],
        lines: 3,
      },
      {
        id: 'petabyte',
        prompt: 'classroom.q.petabit.petabyte',
        vars: { rate: rateShown, size: petabyteShown },
        answers: [petabyteTime.result],
        explain: 'classroom.explain.petabyte',
        working: [petabyteBits, petabyteTime],
        lines: 3,
      },
      {
        id: 'gigabytes',
        prompt: 'classroom.q.petabit.gigabytes',
        vars: { rate: rateShown, size: gigabyteShown },
        answers: [copies.result],
        working: [teraBytesPerSecond, copies],
        lines: 3,
      },
      {
        id: 'per-core',
        prompt: 'classroom.q.petabit.perCore',
        vars: { rate: rateShown, cores },
        answers: [perCore.result],
        explain: 'classroom.explain.perCore',
        working: [perCore],
        lines: 2,
      },
    ],
  };
}

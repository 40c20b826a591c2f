/**
 * What a link moves in a stretch of time, as "Show the arithmetic" steps: a day of the record
 * link (the daily-data claim), one second of it (your-connection), the years of audio in one
 * second (the music claim and widget). Its own module so that only the islands that show these
 * steps load them.
 */
import { amount, divide, multiply, type ArithmeticStep } from './steps';
import { BITS_PER_BYTE_AMOUNT, SECONDS_PER_YEAR_AMOUNT, audioYearsPerSecond, bytesMoved } from './transfer';

/** What a link moves in `seconds`: rate × time = bits, ÷ 8 bits per byte = bytes. The last result equals bytesMoved(). */
export function bytesMovedSteps(rateBitsPerSecond: number, seconds: number): [ArithmeticStep<'bits'>, ArithmeticStep<'size'>] {
  bytesMoved(rateBitsPerSecond, seconds);
  const bits = multiply('engine.step.rateTimesTime', amount('rate', rateBitsPerSecond), amount('duration', seconds), 'bits');
  return [bits, divide('engine.step.bitsToBytes', bits.result, BITS_PER_BYTE_AMOUNT, 'size')];
}

/**
 * Years of audio a link moves in one second: rate × 1 s = bits; bits ÷ the audio bitrate =
 * seconds of audio; ÷ seconds per year = years. The last result equals audioYearsPerSecond().
 */
export function audioYearsSteps(linkBitsPerSecond: number, audioBitsPerSecond: number): [ArithmeticStep<'bits'>, ArithmeticStep<'duration'>, ArithmeticStep<'years'>] {
  audioYearsPerSecond(linkBitsPerSecond, audioBitsPerSecond);
  const bits = multiply('engine.step.oneSecond', amount('rate', linkBitsPerSecond), amount('duration', 1), 'bits');
  // In seconds ("7.65 billion s"), so the next step's ÷ seconds per year reads as a conversion.
  const audio = divide('engine.step.audioSeconds', bits.result, amount('rate', audioBitsPerSecond), 'duration', { durationUnit: 'second' });
  return [bits, audio, divide('engine.step.secondsToYears', audio.result, SECONDS_PER_YEAR_AMOUNT, 'years')];
}

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { SvgContext, escapeXml } from '../../../src/lib/svg-context';

const measure = (text: string) => text.length * 7;
const context = (width = 200, height = 100) => new SvgContext({ width, height }, measure, 't');

/** The SVG's elements as [name, attributes, text], read by a real XML tokenizer. */
function elements(svg: string): [string, Record<string, string>, string][] {
  const out: [string, Record<string, string>, string][] = [];
  const parser = new Parser(
    {
      onopentag: (name, attributes) => out.push([name, attributes, '']),
      ontext: (text) => {
        const last = out.at(-1);
        if (last) last[2] += text;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(svg);
  parser.end();
  return out;
}
const only = (svg: string, name: string) => elements(svg).filter(([n]) => n === name);

describe('SvgContext', () => {
  test('a filled rectangle is one path through its four corners', () => {
    const ctx = context();
    ctx.fillStyle = 'var(--text)';
    ctx.fillRect(10, 20, 30, 40);
    const [path] = only(ctx.toSvg(), 'path');
    expect(path?.[1]['d']).toBe('M10 20L40 20L40 60L10 60Z');
    expect(path?.[1]['style']).toBe('fill:var(--text)');
  });

  test('points go through the transform: translate (5, 5), then a quarter turn', () => {
    const ctx = context();
    ctx.translate(5, 5);
    ctx.rotate(Math.PI / 2);
    ctx.beginPath();
    ctx.moveTo(10, 0); // a quarter turn takes (10, 0) to (0, 10); the translation to (5, 15)
    ctx.lineTo(0, 10); // → (-10, 0) → (-5, 5)
    ctx.stroke();
    expect(only(ctx.toSvg(), 'path')[0]?.[1]['d']).toBe('M5 15L-5 5');
  });

  test('restore brings back the colour, the transform and the clip that save kept', () => {
    const ctx = context();
    ctx.fillStyle = 'red';
    ctx.save();
    ctx.fillStyle = 'blue';
    ctx.translate(100, 0);
    ctx.beginPath();
    ctx.rect(0, 0, 10, 10);
    ctx.clip();
    ctx.restore();
    ctx.fillRect(0, 0, 1, 1);
    const [path] = only(ctx.toSvg(), 'path').filter(([, a]) => a['style'] !== undefined);
    expect(path?.[1]).toEqual({ d: 'M0 0L1 0L1 1L0 1Z', style: 'fill:red' });
  });

  test('a whole circle is two half arcs from its rightmost point; a half circle one arc', () => {
    const ctx = context();
    ctx.beginPath();
    ctx.arc(50, 50, 10, 0, 2 * Math.PI);
    ctx.fill();
    ctx.beginPath();
    ctx.arc(50, 50, 10, 0, Math.PI);
    ctx.stroke();
    const [circle, half] = only(ctx.toSvg(), 'path').map(([, a]) => a['d']);
    expect(circle).toBe('M60 50A10 10 0 0 1 40 50A10 10 0 0 1 60 50');
    // Clockwise on screen from 3 o'clock to 9 o'clock, through 6 o'clock: SVG's sweep flag 1.
    expect(half).toBe('M60 50A10 10 0 0 1 40 50');
  });

  test('a clip applies to what is drawn after it, and a clip inside a clip is clipped by it', () => {
    const ctx = context();
    ctx.beginPath();
    ctx.rect(0, 0, 50, 50);
    ctx.clip();
    ctx.beginPath();
    ctx.rect(10, 10, 50, 50);
    ctx.clip();
    ctx.fillRect(0, 0, 100, 100);
    const clips = only(ctx.toSvg(), 'clipPath');
    expect(clips.map(([, a]) => a['id'])).toEqual(['t-clip0', 't-clip1']);
    expect(clips[1]?.[1]['clip-path']).toBe('url(#t-clip0)');
    expect(only(ctx.toSvg(), 'path').at(-1)?.[1]['clip-path']).toBe('url(#t-clip1)');
  });

  test('text keeps its alignment, its baseline, its rotation and its characters', () => {
    const ctx = context();
    ctx.font = 'bold 13px system-ui';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText('<b>1 & 2</b>', 20, 30);
    ctx.translate(10, 50);
    ctx.rotate(-Math.PI / 2);
    ctx.textAlign = 'right';
    ctx.fillText('axis', 0, 0);
    const [plain, turned] = only(ctx.toSvg(), 'text');
    expect(plain?.[2]).toBe('<b>1 & 2</b>');
    expect(plain?.[1]).toMatchObject({ x: '20', y: '30', 'text-anchor': 'middle', 'dominant-baseline': 'central' });
    expect(plain?.[1]['style']).toContain('font:bold 13px system-ui');
    expect(turned?.[1]).toMatchObject({ x: '0', y: '0', 'text-anchor': 'end', transform: 'matrix(0 -1 1 0 10 50)' });
  });

  test('measureText answers with the measure it was given, in the current font', () => {
    const ctx = new SvgContext({ width: 10, height: 10 }, (text, font) => (font.startsWith('bold') ? 2 : 1) * text.length, 't');
    ctx.font = 'bold 12px x';
    expect(ctx.measureText('abc').width).toBe(6);
  });

  test('dashes and line widths scale with the transform; alpha becomes opacity', () => {
    const ctx = context();
    ctx.scale(2, 2);
    ctx.setLineDash([4, 4]);
    ctx.lineWidth = 1.5;
    ctx.globalAlpha = 0.5;
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.lineTo(10, 0);
    ctx.stroke();
    expect(only(ctx.toSvg(), 'path')[0]?.[1]['style']).toBe('fill:none;stroke:#000;stroke-width:3;stroke-dasharray:8 8;opacity:0.5');
  });

  test('clearing the whole canvas starts the picture again; clearing part of it erases nothing', () => {
    const ctx = context();
    ctx.fillRect(0, 0, 5, 5);
    ctx.clearRect(0, 0, 100, 50);
    expect(only(ctx.toSvg(), 'path')).toHaveLength(1);
    ctx.clearRect(0, 0, 200, 100);
    expect(only(ctx.toSvg(), 'path')).toHaveLength(0);
  });

  test('a colour that is not a string is ignored, as a canvas ignores it', () => {
    const ctx = context();
    ctx.fillStyle = 'green';
    ctx.fillStyle = undefined as unknown as string;
    ctx.fillRect(0, 0, 1, 1);
    expect(only(ctx.toSvg(), 'path')[0]?.[1]['style']).toBe('fill:green');
  });

  test('property: any text and any colour stay inside their own element and attribute', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (text, colour) => {
        const ctx = context();
        ctx.fillStyle = colour;
        ctx.fillText(text, 1, 2);
        const found = elements(ctx.toSvg());
        expect(found.map(([name]) => name)).toEqual(['svg', 'text']);
        const [, attributes, content] = found[1]!;
        expect(content).toBe(text);
        expect(Object.keys(attributes).sort()).toEqual(['dominant-baseline', 'style', 'text-anchor', 'x', 'y']);
        expect(attributes['style']).toBe(`font:10px sans-serif;fill:${colour}`);
      }),
    );
  });

  test('escapeXml escapes the five characters that matter and nothing else', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe(`a&lt;b&gt;&amp;&quot;c'`);
  });
});

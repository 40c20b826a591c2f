import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { wrapTopLevelClasses } from '../../scripts/chartjs-treeshake.mjs';

const chartJsSource = () => {
  const entry = createRequire(import.meta.url).resolve('chart.js');
  return readFileSync(join(dirname(entry), 'chart.js'), 'utf8');
};

describe('chartjs-treeshake', () => {
  it('wraps every top-level class of the installed chart.js, line for line', () => {
    const source = chartJsSource();
    const classes = [...source.matchAll(/^class ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);
    const { code, wrapped } = wrapTopLevelClasses(source);
    expect(wrapped).toBe(classes.length);
    expect(classes).toEqual(expect.arrayContaining(['Chart', 'BarController', 'LogarithmicScale', 'TimeScale', 'RadialLinearScale']));
    expect(code.split('\n')).toHaveLength(source.split('\n').length);
    for (const name of classes) expect(code).toContain(`const ${name} = /* @__PURE__ */ (() => class ${name}`);
    expect(code).not.toMatch(/^class /m);
  });

  it('keeps each class, its name, statics and inheritance', () => {
    const source = [
      'class Base {',
      '    static id = "base";',
      '    hello() { return this.constructor.id; }',
      '}',
      'class Child extends Base {',
      '    static id = Base.id + "-child";',
      '}',
      'return [Base, Child];',
    ].join('\n');
    const run = (code: string) => new Function(code)() as [{ id: string; name: string }, new () => { hello(): string }];
    const [base, Child] = run(wrapTopLevelClasses(source).code);
    const [originalBase, OriginalChild] = run(source);
    expect([base.name, base.id, Child.name, new Child().hello()]).toEqual([originalBase.name, originalBase.id, OriginalChild.name, new OriginalChild().hello()]);
    expect(new Child()).toBeInstanceOf(base as unknown as new () => object);
  });

  it('fails loudly when the layout is not what it expects', () => {
    expect(() => wrapTopLevelClasses('const a = 1;')).toThrow('no top-level classes');
    expect(() => wrapTopLevelClasses('class A {\n  x = 1;\n')).toThrow('never closed');
  });
});

/**
 * English UI strings. Every piece of interface text lives here (not in components), so the
 * Japanese edition adds one file with the same keys. Placeholders look like {name}.
 */
export const en = {
  'site.name': 'Petabit Explained',
  'site.tagline': 'The {rate} fiber record, explained with numbers you can check.',
  'site.description':
    'An explainer on the NICT and Sumitomo Electric record: {rate} over {distance} of a {cores}-core fiber, with checkable comparisons, sources and classroom material.',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.articles': 'Articles',
  'nav.widgets': 'Widgets',
  'nav.classroom': 'Classroom',
  'nav.sources': 'Sources',
  'nav.data': 'Data',
  'skip.link': 'Skip to content',
  'theme.toggle': 'Colour theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.auto': 'Auto',
  'footer.sources': 'Sources',
  'footer.data': 'Data and how to cite',
  'footer.licence': 'Text and data CC BY 4.0 · code MIT',
  'footer.privacy': 'No cookies, no tracking, no third-party requests.',
  'home.kicker': 'A world record in optical fiber',
  'home.headline': '{rate} over {distance}',
  'home.figures': 'The record in three numbers',
  'home.figure.rate': 'data rate',
  'home.figure.distance': 'distance',
  'home.figure.cores': 'cores in one fiber',
  'home.figure.source': 'Source: {source}',
  'notFound.title': 'Page not found',
  'notFound.body': 'That address does not lead anywhere on this site. Perhaps one of these helps:',
  'notFound.home': 'Start at the home page',

  // ── engine (units, formatting, input errors) ──
  // (keys for this area go below this line)
  'engine.error.empty': 'Type an amount with a unit, such as 100 GB or 10 Gb/s.',
  'engine.error.not-a-number': 'Start with a number, such as 100 GB or 10 Gb/s (use a point for decimals: 1.5).',
  'engine.error.unknown-unit': 'Add a unit this page knows, such as MB, GB, TB (bytes) or Mb/s, Gb/s (bits per second).',
  'engine.error.negative': 'Use a positive amount.',
  'engine.error.zero': 'Use an amount above zero.',
  'engine.error.too-large': 'That is too large to work with here. Try a smaller amount.',
  'engine.error.wrong-kind.rate': 'This box needs a speed, such as 10 Gb/s or 300 Mbit/s, not a size.',
  'engine.error.wrong-kind.size': 'This box needs a size, such as 100 GB or 4 TB, not a speed.',
  'engine.prefix.k': 'kilo',
  'engine.prefix.M': 'mega',
  'engine.prefix.G': 'giga',
  'engine.prefix.T': 'tera',
  'engine.prefix.P': 'peta',
  'engine.prefix.E': 'exa',
  'engine.prefix.Z': 'zetta',
  'engine.prefix.Y': 'yotta',
  'engine.unit.bits.one': '{n} {prefix}bit',
  'engine.unit.bits.other': '{n} {prefix}bits',
  'engine.unit.bytes.one': '{n} {prefix}byte',
  'engine.unit.bytes.other': '{n} {prefix}bytes',
  'engine.unit.bitRate.one': '{n} {prefix}bit per second',
  'engine.unit.bitRate.other': '{n} {prefix}bits per second',
  'engine.unit.byteRate.one': '{n} {prefix}byte per second',
  'engine.unit.byteRate.other': '{n} {prefix}bytes per second',
  'engine.step.given': 'Start with',
  'engine.step.prefixToBase': 'Multiply by what the prefix stands for (k = 1,000, M = 1,000,000 and so on)',
  'engine.step.binaryPrefixToBase': 'Multiply by what the binary prefix stands for (Ki = 1,024, Mi = 1,024 × 1,024 and so on)',
  'engine.step.bytesToBits': 'Turn bytes into bits: every byte is 8 bits',
  'engine.step.bitsToBytes': 'Turn bits into bytes: divide by 8',
  'engine.step.bitsOverRate': 'Divide the bits by the speed to get the time',
  'engine.step.linkOverStream': 'Divide the link speed by the speed of one stream',
  'engine.step.distanceTimesIndex': 'Light in glass is slower: multiply the distance by the glass’s group index',
  'engine.step.overLightSpeed': 'Divide by the speed of light in vacuum, in km per second',

  // ── data pages (sources, data) ──
  // (keys for this area go below this line)

  // ── widgets: shared shell ──
  // (keys for this area go below this line)
  'shell.notice': 'Some settings in this link were not understood, so the defaults are shown for: {params}.',
  'shell.notice.dismiss': 'Dismiss',
  'shell.arithmetic': 'Show the arithmetic',
  'shell.table.show': 'Show as table',
  'shell.chart.show': 'Show as chart',
  'shell.range': 'Enter a number from {min} to {max}.',
  'shell.invalid.kept': 'Showing the last valid result.',
  'widgets.title': 'Widgets',
  'widgets.intro': 'Every comparison on this site, ready to use and to embed in your own story. Each one shows its arithmetic and cites its sources.',

  // ── widgets: comparison ──
  // (keys for this area go below this line)

  // ── widgets: visual ──
  // (keys for this area go below this line)

  // ── articles ──
  // (keys for this area go below this line)
  'article.note': 'Note {number}',
  'article.notes': 'Notes',
  'article.toc': 'On this page',
  'article.readingTime': '{minutes} min read',
  'article.published': 'Published {date}',
  'article.updated': 'Updated {date}',
  'article.previous': 'Previous',
  'article.next': 'Next',
  'article.series': 'Articles in reading order',
  'articles.title': 'Articles',
  'articles.intro': 'Seven short explainers, in reading order. Every figure comes from the data and links to its source.',

  // ── embeds ──
  // (keys for this area go below this line)

  // ── classroom ──
  // (keys for this area go below this line)

  // ── quality ──
  // (keys for this area go below this line)
} as const;

export type UiKey = keyof typeof en;

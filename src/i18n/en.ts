/**
 * English UI strings. Every piece of interface text lives here (not in components), so the
 * Japanese edition adds one file with the same keys. Placeholders look like {name}.
 */
export const en = {
  'site.name': 'Petabit Explained',
  'site.tagline': 'The 1.02 Pb/s fiber record, explained with numbers you can check.',
  'site.description':
    'An explainer on the NICT and Sumitomo Electric record: 1.02 petabits per second over 1,808 km of a 19-core fiber, with checkable comparisons, sources and classroom material.',
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

  // ── data pages (sources, data) ──
  // (keys for this area go below this line)
  'sources.title': 'Sources',
  'sources.description': 'Every source behind the figures on Petabit Explained: who published it, when, how far it can be trusted, what it supports and which data cite it.',
  'sources.intro': 'Every figure on this site comes from one of these sources. Each entry says how far it can be trusted, what it supports, and which data entries cite it. Where only a mirror or part of a page could be read, the note says so.',
  'sources.count': '{count} sources',
  'sources.topicsNav': 'Source topics',
  'sources.confidenceLegend': 'How far a source can be trusted',
  'sources.publisher': 'Publisher',
  'sources.date': 'Date',
  'sources.undated': 'undated',
  'sources.confidence': 'Confidence',
  'sources.supports': 'Supports',
  'sources.note': 'Note',
  'sources.citedBy': 'Cited by',
  'sources.topic.record': 'The record itself',
  'sources.topic.physics': 'Fiber physics',
  'sources.topic.speeds': 'Internet speeds and cables',
  'sources.topic.media': 'Files, streams and data sets',
  'sources.topic.audiences': 'Populations',
  'sources.topic.history': 'Earlier records',
  'sources.topic.coverage': 'Press coverage and viral claims',
  'confidence.primary': 'Primary',
  'confidence.secondary': 'Secondary',
  'confidence.tertiary': 'Tertiary',
  'confidence.derived': 'Derived',
  'confidence.primary.help': 'the organisation that did or announced it, or the paper itself',
  'confidence.secondary.help': 'reputable press reporting a primary source',
  'confidence.tertiary.help': 'blogs, copies and compilations: used only with a caveat',
  'confidence.derived.help': 'arithmetic on sourced inputs',
  'dataset.sources': 'Sources',
  'dataset.facts': 'Facts',
  'dataset.links': 'Links and speeds',
  'dataset.payloads': 'Payloads (files and streams)',
  'dataset.streams': 'Stream types',
  'dataset.audiences': 'Audiences',
  'dataset.records': 'Fiber records',
  'dataset.claims': 'Headline claims',
  'dataset.sources.about': 'Every source cited, with its confidence and what it supports.',
  'dataset.facts.about': 'The record and the physics behind it.',
  'dataset.links.about': 'Connection speeds from home broadband to submarine cables.',
  'dataset.payloads.about': 'Things to send: catalogues, films, songs, data sets.',
  'dataset.streams.about': 'Bitrates of video, music and calls.',
  'dataset.audiences.about': 'Populations to set stream counts against.',
  'dataset.records.about': 'Earlier fiber transmission results, for the timeline.',
  'dataset.claims.about': 'Headline claims from the coverage, with the inputs needed to check them.',
  'data.title': 'Data and how to cite',
  'data.description': 'Download every dataset behind Petabit Explained as JSON or CSV, with the licence and how to cite it.',
  'data.intro': 'Every number on this site comes from these datasets. They are generated from the same files the pages use, so the downloads always match what you read.',
  'data.tableCaption': 'Datasets, with entry counts and downloads',
  'data.column.dataset': 'Dataset',
  'data.column.about': 'What it holds',
  'data.column.entries': 'Entries',
  'data.column.download': 'Download',
  'data.download.json': '{dataset} as JSON',
  'data.download.csv': '{dataset} as CSV',
  'data.csvNote': 'In the CSV files, nested fields are flattened with dots (rate.value, rate.unit) and lists are joined with a space. The JSON files keep the original structure.',
  'data.licence.heading': 'Licence',
  'data.licence.body': 'Text and data are released under the Creative Commons Attribution 4.0 International licence (CC BY 4.0). The code is released under the MIT licence. The sources quoted keep their own rights; cite them as listed on the sources page.',
  'data.licence.ccby': 'CC BY 4.0 licence text',
  'data.cite.heading': 'How to cite',
  'data.cite.body': 'Please name the site and link to the page or dataset you used, for example:',
  'data.cite.example': 'Petabit Explained, "{dataset}" dataset, {url} (CC BY 4.0).',
  'data.cite.sources': 'For a single figure, cite its original source too: every entry lists its sources, and the sources page gives their details.',
  'claim.verdict.holds': 'Holds',
  'claim.verdict.holds-with-caveat': 'Holds, with a caveat',
  'claim.verdict.off-by': 'Off by {factor}×',
  'claim.verdict.false-premise': 'False premise',
  'claim.verdict.meaningless': 'Meaningless as stated',
  'claim.step.size': 'Size of the file or collection',
  'claim.step.toBits': 'In bits (8 bits per byte)',
  'claim.step.linkRate': 'Rate of the link',
  'claim.step.transferTime': 'Time to send it',
  'claim.step.copiesPerSecond': 'Copies sent each second',
  'claim.step.claimedRate': 'Speed given in the claim',
  'claim.step.claimedRateInBits': 'The same speed in bits per second',
  'claim.step.shareOfLink': 'Its share of the record link',
  'claim.step.realRate': 'Fastest real consumer plan',
  'claim.step.premiseFactor': 'How many times the claimed speed exceeds the real one',
  'claim.step.realShare': 'The real plan as a share of the record link',
  'claim.step.baselineRate': 'Speed it is compared with',
  'claim.step.speedRatio': 'Times faster',
  'claim.step.streamRate': 'Bitrate of one stream',
  'claim.step.streams': 'Streams at the same time',
  'claim.step.audioRate': 'Audio bitrate',
  'claim.step.audioSecondsPerSecond': 'Seconds of audio sent each second',
  'claim.step.audioYears': 'Years of audio sent each second',
  'claim.step.claimedSize': 'Size given in the claim',
  'claim.step.estimateSize': 'Size given by the source',
  'claim.step.estimateFactor': 'How many times larger the sourced estimate is',
  'claim.step.linkPerDay': 'What the record link moves in one day',
  'claim.step.linkShareOfDaily': "The link's day as a share of the world's daily data",
  'claim.step.previousBestAll': 'Fastest earlier result, any fiber',
  'claim.step.previousBestStandard': 'Fastest earlier result in standard 125 µm fiber',
  'claim.step.previousLongest': "Longest earlier distance at or above the record's rate",
  'claim.step.distance': 'Distance',
  'claim.step.lightInFiber': 'Speed of light in the fiber, km per second',
  'claim.step.lightTime': 'Time for light to cover the distance',
  'claim.step.timesPerSecond': 'Times light could cover it in one second',

  // ── widgets: shared shell ──
  // (keys for this area go below this line)

  // ── widgets: comparison ──
  // (keys for this area go below this line)

  // ── widgets: visual ──
  // (keys for this area go below this line)

  // ── articles ──
  // (keys for this area go below this line)

  // ── embeds ──
  // (keys for this area go below this line)

  // ── classroom ──
  // (keys for this area go below this line)

  // ── quality ──
  // (keys for this area go below this line)
} as const;

export type UiKey = keyof typeof en;

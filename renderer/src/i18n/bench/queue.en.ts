// English strings of the bench's page and queue. queue.zhTW.ts has the same keys.
export const pageEn = {
  pickTitle: 'No ticket open',
  pickBody:
    'Pick a ticket from the queue (arrows and Enter), or scan the report number on the unit label.',
};

export const queueEn = {
  label: 'Bench queue',
  scope: {
    mineOrUnassigned: 'Mine + unclaimed',
    mine: 'Mine',
    unassigned: 'Unclaimed',
    all: 'All',
  },
  station: 'Station',
  allStations: 'All stations',
  jump: 'Open a ticket by report number',
  jumpHint: 'Scan a report number, Enter',
  notFound: 'No ticket {{text}}',
  unclaimed: 'Unclaimed',
  loading: 'Loading…',
  count_one: '{{count}} ticket',
  count_other: '{{count}} tickets',
  more: 'more below',
  empty: {
    mineOrUnassigned: 'Nothing waits for you: no ticket of yours and none unclaimed.',
    mine: 'No tickets are assigned to you.',
    unassigned: 'Every ticket is claimed.',
    all: 'No unfinished tickets at this station.',
  },
};

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrainingRecord } from '../../../../../main/appraisal/training';
import type * as Bridge from '../../../bridge';
import { todayIso } from '../../../format/dateTime';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { presetPeriod } from '../PeriodPicker/period';
import { signInAs } from '../PeriodPicker/signInAs';
import { IndicatorsView } from './IndicatorsView';
import { chen, reference, taipei } from './testFixtures';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const calls = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);

function record(id: number, extra: Partial<TrainingRecord> = {}): TrainingRecord {
  return {
    id,
    staff: { id: 3, name: 'Chen Hao' },
    course: 'Inverter boards',
    kind: 'repair_skills',
    date: '2026-03-03',
    minutes: 60,
    trainer: 'Lee Ming',
    result: 'passed',
    recordedBy: 9,
    recordedAt: '2026-03-03T09:00:00.000Z',
    ...extra,
  };
}

/** Chen Hao's 1.5 h in 2 courses: 60 + 30 minutes. */
const records = [
  record(2, {
    course: 'Service rules 2026',
    kind: 'service_rules',
    minutes: 30,
    result: 'attended',
  }),
  record(1),
];

// `readTraining` is what the core answers for the reader (appraisal/access.ts readsOthersTraining).
function core(readTraining = true) {
  return fakeInvoke({
    'appraisal/indicators': ({ from, to }) => ({
      from,
      to,
      technicians: [chen],
      stations: [taipei],
      reference,
      actions: { readTraining },
    }),
    'training/list': () => ({ records, totals: { minutes: 90, courses: 2 }, truncated: false }),
    'training/record': (input) => record(3, { ...input, staff: { id: 3, name: 'Chen Hao' } }),
  });
}

describe('training records from the indicators', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
  });

  it('lists a technician’s courses in the period behind the training figure', async () => {
    signInAs('supervisor');
    bridge.invoke.mockImplementation(core());
    renderScreen(<IndicatorsView active />);
    const row = await screen.findByTestId('indicators-technician-3');
    fireEvent.click(within(row).getByTestId('figure-training'));

    const drawer = await screen.findByTestId('training-drawer');
    await within(drawer).findByTestId('training-record-1');
    expect(within(drawer).getByText('Training · Chen Hao')).toBeTruthy();
    expect(calls('training/list')).toEqual([
      { staffId: 3, ...presetPeriod('thisMonth', todayIso()) },
    ]);
    expect(within(drawer).getByTestId('training-totals').textContent).toBe('1.5 h in 2 courses');
    const rules = within(drawer).getByTestId('training-record-2');
    expect(rules.textContent).toContain('Service rules');
    expect(rules.textContent).toContain('30 min');
    expect(rules.textContent).toContain('Attended');
  });

  it('lets a supervisor record a course, then asks for the figures again', async () => {
    signInAs('supervisor');
    bridge.invoke.mockImplementation(core());
    renderScreen(<IndicatorsView active />);
    const row = await screen.findByTestId('indicators-technician-3');
    fireEvent.click(within(row).getByTestId('figure-training'));
    const drawer = await screen.findByTestId('training-drawer');
    await within(drawer).findByTestId('training-record-1');

    fireEvent.change(within(drawer).getByTestId('training-course'), {
      target: { value: 'Safe handling of refrigerant' },
    });
    fireEvent.change(within(drawer).getByTestId('training-minutes'), { target: { value: '120' } });
    fireEvent.change(within(drawer).getByTestId('training-trainer'), {
      target: { value: 'Lee Ming' },
    });
    fireEvent.click(within(drawer).getByTestId('training-save'));

    await waitFor(() => expect(calls('training/record')).toHaveLength(1));
    expect(calls('training/record')[0]).toEqual({
      staffId: 3,
      course: 'Safe handling of refrigerant',
      kind: 'repair_skills',
      date: todayIso(),
      minutes: 120,
      trainer: 'Lee Ming',
      result: 'passed',
    });
    expect(await screen.findByText('Training recorded for Chen Hao.')).toBeTruthy();
    await waitFor(() => expect(calls('training/list')).toHaveLength(2));
    await waitFor(() => expect(calls('appraisal/indicators')).toHaveLength(2));
  });

  it('shows finance the training figure but not another’s records (policy 4, confidentiality)', async () => {
    signInAs('finance');
    bridge.invoke.mockImplementation(core(false));
    renderScreen(<IndicatorsView active />);
    const row = await screen.findByTestId('indicators-technician-3');
    const figure = within(row).getByTestId('figure-training');
    expect(figure.tagName).toBe('DIV');
    fireEvent.click(figure);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByText('Training · Chen Hao')).toBeNull();
    expect(calls('training/list')).toEqual([]);
  });
});

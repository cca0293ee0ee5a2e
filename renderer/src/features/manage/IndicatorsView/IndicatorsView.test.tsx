import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import { todayIso } from '../../../format/dateTime';
import { usePrefs } from '../../../stores/prefs';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { presetPeriod } from '../PeriodPicker/period';
import { signInAs } from '../PeriodPicker/signInAs';
import { IndicatorsView } from './IndicatorsView';
import { chen, chenTickets, reference, taipei, wang } from './testFixtures';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const calls = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);

function core() {
  return fakeInvoke({
    'appraisal/indicators': ({ from, to }) => ({
      from,
      to,
      technicians: [chen, wang],
      stations: [taipei],
      reference,
      actions: { readTraining: true },
    }),
    'appraisal/answers': () => ({ total: 1, answers: [answer] }),
    'appraisal/costs': () => ({ total: 1, tickets: [costed] }),
    'appraisal/tickets': ({ indicator, part }) => {
      const tickets =
        part === 'denominator'
          ? chenTickets
          : chenTickets.filter((f) => (indicator === 'onTime' ? f.onTime : f.rerepair === null));
      return { total: tickets.length, tickets };
    },
  });
}

const answer = {
  ticketId: 1,
  reportNo: 'R-2026-00001',
  completedAt: '2026-03-04T08:00:00.000Z',
  answeredAt: '2026-03-10T02:00:00.000Z',
  score: 5,
  comments: 'Quick and tidy',
};
// Labour 60 min at 800.00 (80,000) + a pump at cost (20,000); the station mean 100,000.
const costed = {
  ...chenTickets[0],
  ticketId: 1,
  labourCost: 80_000,
  partsCost: 20_000,
  total: 100_000,
  borneBy: 'company' as const,
  stationMean: 100_000,
};

/** The view as the Manage page holds it: mounted, in and out of view. */
function Toggled() {
  const [active, setActive] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setActive(!active)} data-testid="toggle" />
      <IndicatorsView active={active} />
    </>
  );
}

describe('IndicatorsView', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    signInAs('supervisor');
  });

  it('shows each technician’s rates as a percentage over n / d, for this month by default', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<IndicatorsView active />);

    const row = await screen.findByTestId('indicators-technician-3');
    expect(calls('appraisal/indicators')).toEqual([presetPeriod('thisMonth', todayIso())]);
    expect(within(row).getByTestId('figure-completed').textContent).toBe('4');
    expect(within(row).getByTestId('rate-onTime').textContent).toBe('75.0%3 / 4');
    expect(within(row).getByTestId('rate-success').textContent).toBe('100.0%4 / 4');
    expect(within(row).getByTestId('figure-training').textContent).toBe(
      // 40 h a year pro rata for the period: 197 min → 3.3 h (the core computes it)
      '1.5 h · 2 coursestarget 3.3 h in the period (40 h a year)',
    );

    // Nothing completed is no rate at all, not 0%.
    const idle = screen.getByTestId('indicators-technician-5');
    expect(within(idle).getByTestId('rate-onTime').textContent).toBe('—0 / 0');
    expect(within(idle).getByTestId('figure-training').textContent).toContain('2 h · 1 course');

    const station = screen.getByTestId('indicators-station-1');
    expect(station.textContent).toContain('TPE · Taipei depot');
    expect(within(station).getByTestId('rate-success').textContent).toBe('75.0%3 / 4');
  });

  it('shows satisfaction and cost control beside the rates, with no mean or index, not 0, when there is none', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<IndicatorsView active />);
    const row = await screen.findByTestId('indicators-technician-3');
    // 13 / 3 = 4.33 → 4.3; index 360,000 / 400,000 = 0.90
    expect(within(row).getByTestId('figure-satisfaction').textContent).toBe('4.33 answers');
    expect(within(row).getByTestId('figure-cost').textContent).toBe('0.903,600.00 / 4,000.00');
    const idle = screen.getByTestId('indicators-technician-5');
    expect(within(idle).getByTestId('figure-satisfaction').textContent).toBe('—0 answers');
    expect(within(idle).getByTestId('figure-cost').textContent).toBe('—0.00 / 0.00');
    const station = screen.getByTestId('indicators-station-1');
    // 500,000 / 5 repairs = 100,000 → 1,000.00
    expect(within(station).getByTestId('figure-cost').textContent).toBe('1,000.005 repairs');
    expect(screen.getAllByTestId('success-reference')[0].textContent).toBe(
      'industry first-time fix: usually 75.0%, best 90.0% (a reference)',
    );
    expect(screen.getByTestId('legend-appraisal.satisfaction').textContent).toContain(
      'the period in which its ticket was completed',
    );
    expect(screen.getByTestId('legend-appraisal.costControl').textContent).toContain(
      'their station’s mean cost for that product type',
    );
    expect(screen.getByTestId('legend-appraisal.meanCost')).toBeTruthy();
  });

  it('opens the answers and the costed tickets behind satisfaction and cost', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<IndicatorsView active />);
    const row = await screen.findByTestId('indicators-technician-3');
    const period = presetPeriod('thisMonth', todayIso());

    fireEvent.click(within(row).getByTestId('figure-satisfaction'));
    let drawer = await screen.findByTestId('figure-drawer');
    expect(await within(drawer).findByText('Customer satisfaction · Chen Hao')).toBeTruthy();
    const a = await within(drawer).findByTestId('drill-answer-R-2026-00001');
    expect(a.textContent).toContain('Quick and tidy');
    expect(calls('appraisal/answers')).toEqual([{ ...period, technicianId: 3 }]);

    fireEvent.click(within(screen.getByTestId('indicators-station-1')).getByTestId('figure-cost'));
    drawer = await screen.findByTestId('figure-drawer');
    const c = await within(drawer).findByTestId('drill-cost-R-2026-00001');
    expect(c.textContent).toContain('800.00');
    expect(c.textContent).toContain('200.00');
    expect(within(drawer).getByTestId('figure-count').textContent).toBe('1 ticket');
    expect(calls('appraisal/costs')).toEqual([{ ...period, stationId: 1 }]);
  });

  it('shows each figure’s definition beside its column and in the legend', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<IndicatorsView active />);
    await screen.findByTestId('indicators-technician-3');

    const onTime = 'Completed within the product type’s turnaround target';
    expect(
      screen.getAllByTestId('definition-appraisal.onTimeRate')[0].getAttribute('aria-label'),
    ).toContain(onTime);
    expect(screen.getByTestId('legend-appraisal.onTimeRate').textContent).toContain(onTime);
    expect(screen.getByTestId('legend-appraisal.successRate').textContent).toContain(
      'no re-repair of the unit within the re-repair window',
    );
    expect(screen.getByTestId('legend-appraisal.trainingParticipation').textContent).toContain(
      'against the yearly target pro rata',
    );
    expect(screen.getByTestId('indicators-definitions').textContent).toContain(
      'three in four units the first time, the best nine in ten',
    );
  });

  it('opens the tickets behind a rate, those counted first, then every ticket completed', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<IndicatorsView active />);
    const row = await screen.findByTestId('indicators-technician-3');
    const period = presetPeriod('thisMonth', todayIso());

    fireEvent.click(within(row).getByTestId('rate-onTime'));
    const drawer = await screen.findByTestId('drill-drawer');
    expect(await within(drawer).findByText('On-time repair rate · Chen Hao')).toBeTruthy();
    await within(drawer).findByTestId('drill-ticket-R-2026-00001');
    expect(calls('appraisal/tickets')).toEqual([
      { ...period, indicator: 'onTime', part: 'numerator', technicianId: 3 },
    ]);
    expect(within(drawer).getByTestId('drill-count').textContent).toBe('3 tickets');
    expect(within(drawer).queryByTestId('drill-ticket-R-2026-00004')).toBeNull();

    fireEvent.click(within(drawer).getByText('All completed (4)'));
    const late = await within(drawer).findByTestId('drill-ticket-R-2026-00004');
    expect(late.textContent).toContain('Late');
    expect(late.textContent).toContain('2026-03-09');
    expect(within(drawer).getByTestId('drill-count').textContent).toBe('4 tickets');
    expect(calls('appraisal/tickets').at(-1)).toEqual({
      ...period,
      indicator: 'onTime',
      part: 'denominator',
      technicianId: 3,
    });
  });

  it('drills down per station, and says when the list is cut short', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'appraisal/indicators': ({ from, to }) => ({
          from,
          to,
          technicians: [],
          stations: [taipei],
          reference,
          actions: { readTraining: false },
        }),
        'appraisal/tickets': () => ({ total: 2500, tickets: chenTickets.slice(0, 3) }),
      }),
    );
    renderScreen(<IndicatorsView active />);
    const station = await screen.findByTestId('indicators-station-1');
    expect(screen.getByTestId('indicators-no-technicians').textContent).toBe(
      'No technicians to appraise.',
    );
    fireEvent.click(within(station).getByTestId('rate-success'));
    const drawer = await screen.findByTestId('drill-drawer');
    expect((await within(drawer).findByTestId('drill-count')).textContent).toBe(
      'The first 3 of 2500 tickets.',
    );
    expect(calls('appraisal/tickets')[0]).toMatchObject({
      indicator: 'success',
      part: 'numerator',
      stationId: 1,
    });
  });

  it('asks again for another period', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<IndicatorsView active />);
    await screen.findByTestId('indicators-technician-3');
    fireEvent.click(screen.getByText('Last month'));
    await waitFor(() =>
      expect(calls('appraisal/indicators').at(-1)).toEqual(presetPeriod('lastMonth', todayIso())),
    );
  });

  it('speaks the policy’s Chinese terms', async () => {
    usePrefs.setState({ language: 'zh-TW' });
    bridge.invoke.mockImplementation(core());
    renderScreen(<IndicatorsView active />);
    const row = await screen.findByTestId('indicators-technician-3');
    await waitFor(() => expect(screen.getAllByText('維修及時率').length).toBeGreaterThan(0));
    expect(screen.getAllByText('維修成功率').length).toBeGreaterThan(0);
    expect(within(row).getByTestId('figure-training').textContent).toBe(
      '1.5 小時 · 2 門課程期間目標 3.3 小時（年度 40 小時）',
    );
    expect(screen.getByTestId('indicators-station-1').textContent).toContain('TPE · 台北維修站');
    expect(screen.getByTestId('legend-appraisal.onTimeRate').textContent).toContain('維修時限');
  });

  it('asks only while in view, and afresh each time it comes into view', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<Toggled />);
    await new Promise((r) => setTimeout(r, 20));
    expect(calls('appraisal/indicators')).toEqual([]);
    fireEvent.click(screen.getByTestId('toggle'));
    await screen.findByTestId('indicators-technician-3');
    fireEvent.click(screen.getByTestId('toggle'));
    fireEvent.click(screen.getByTestId('toggle'));
    await waitFor(() => expect(calls('appraisal/indicators')).toHaveLength(2));
  });

  it('is not shown to a technician: it names technicians (policy 4, confidentiality)', async () => {
    signInAs('technician');
    bridge.invoke.mockImplementation(core());
    renderScreen(<IndicatorsView active />);
    expect((await screen.findByTestId('indicators-not-allowed')).textContent).toContain(
      'only supervisors, admins and finance',
    );
    expect(calls('appraisal/indicators')).toEqual([]);
  });
});

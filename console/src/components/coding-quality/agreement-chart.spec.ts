import { describe, expect, it } from 'vitest';
import { chartSummary, chartTable } from '../charts/chart-text';
import { driverKappaData, driversByKappa, historyData, kappaText, lastCompleted, percentText, runStatusText } from './agreement-chart';
import { agreementRun } from './agreement.fixture';

describe('agreement charts', () => {
  it('orders the drivers lowest kappa first, undefined ones last', () => {
    expect(driversByKappa(agreementRun()).map((d) => d.driver.key)).toEqual(['support', 'pricing_value', 'trust']);
  });

  it('draws kappa per driver with the threshold as a line the table lists too', () => {
    const data = driverKappaData(agreementRun());
    expect(data.labels).toEqual(['Support', 'Pricing and value', 'Trust']);
    expect(data.datasets.map((d) => d.type)).toEqual(['bar', 'line']);
    expect(data.datasets[0].data).toEqual([0.55, 0.9, null]);
    expect(data.datasets[1].data).toEqual([0.7, 0.7, 0.7]);
    expect(chartTable(data, 'Driver').rows).toEqual([
      ['Support', '0.6', '0.7'],
      ['Pricing and value', '0.9', '0.7'],
      ['Trust', '', '0.7'],
    ]);
    expect(chartSummary("Cohen's kappa per driver", data)).toBe(
      "Cohen's kappa per driver. Cohen's kappa: Support 0.6, Pricing and value 0.9; " +
        'Threshold 0.7: Support 0.7, Pricing and value 0.7, Trust 0.7',
    );
  });

  it('colours a driver under the threshold apart from those above it', () => {
    // The tokens of styles.css :root, as the page has them.
    document.documentElement.style.setProperty('--detractor', '#b02e44');
    document.documentElement.style.setProperty('--series-1', '#3554d1');
    const colours = driverKappaData(agreementRun()).datasets[0].backgroundColor as string[];
    expect(colours).toEqual(['#b02e44', '#3554d1', '#3554d1']);
  });

  it('puts the completed runs oldest first in the history, running and failed ones left out', () => {
    const runs = [
      agreementRun({ id: 'r3', status: 'RUNNING', kappa: null, percentAgreement: null, finishedAt: null }),
      agreementRun({ id: 'r2', kappa: 0.6, percentAgreement: 0.8, finishedAt: '2026-12-07T10:00:00.000Z' }),
      agreementRun({ id: 'r1', kappa: 0.92, percentAgreement: 0.97, finishedAt: '2026-12-05T10:00:00.000Z' }),
      agreementRun({ id: 'r0', status: 'FAILED', kappa: null, error: 'boom' }),
    ];
    const data = historyData(runs);
    expect(data.datasets.map((d) => d.label)).toEqual(["Cohen's kappa", 'Percent agreement', 'Threshold']);
    expect(data.datasets[0].data).toEqual([0.92, 0.6]);
    expect(data.datasets[1].data).toEqual([0.97, 0.8]);
    expect(data.datasets[2].data).toEqual([0.7, 0.7]);
    expect(lastCompleted(runs)?.id).toBe('r2');
  });

  it('says what a run is doing', () => {
    expect(runStatusText(agreementRun({ status: 'RUNNING' }))).toBe('Re-coding 12 golden transcripts with the offline coder…');
    expect(runStatusText(agreementRun({ status: 'FAILED', error: 'no worker' }))).toBe('The run failed: no worker.');
    expect(runStatusText(agreementRun())).toBe('Done: kappa 0.82, 95% agreement on 12 transcripts.');
    expect(kappaText(null)).toBe('undefined');
    expect(percentText(0.834)).toBe('83%');
  });
});

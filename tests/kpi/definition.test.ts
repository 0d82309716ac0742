/**
 * The report's `definition` has the shape of ../shared/design/kpi-definitions.md: exactly
 * `{ clock, quantiles, withinThresholdsMs }` with the default choices (plus `relativeAccuracy` for
 * sketches); any other choice is stated only when it departs from its documented default.
 */
import { computeKpis, createKpiAccumulator, KpiAccumulator } from 'socialcare/kpi';
import { describe, expect, it } from 'vitest';
import { answered } from './helpers';

const conversations = [answered('a', 10), answered('b', 90, 'OtherCare')];

describe('report definition', () => {
  it('is exactly the documented object with the defaults, and the report has the documented keys', () => {
    const report = computeKpis(conversations);
    expect(report.definition).toStrictEqual({
      clock: 'calendar',
      quantiles: 'exact',
      withinThresholdsMs: [900000, 3600000, 86400000],
    });
    expect(Object.keys(report)).toEqual(['definition', 'overall', 'byAccount', 'skipped']);
    expect(Object.keys(report.definition)).toEqual(['clock', 'quantiles', 'withinThresholdsMs']);
  });

  it('states sketches with their bound, and every choice that departs from its default', () => {
    expect(computeKpis(conversations, { quantiles: 'sketch' }).definition).toStrictEqual({
      clock: 'calendar',
      quantiles: 'sketch',
      withinThresholdsMs: [900000, 3600000, 86400000],
      relativeAccuracy: 0.01,
    });
    const definition = computeKpis(conversations, {
      countBotReplies: true,
      extraQuantiles: [0.95],
      breakdowns: ['account', 'platform'],
      timeZone: 'Europe/Amsterdam',
      threading: { privateGapMs: 3_600_000 },
      backlogAt: 0,
    }).definition;
    expect(definition).toMatchObject({
      countBotReplies: true,
      extraQuantiles: [0.95],
      breakdowns: ['account', 'platform'],
      timeZone: 'Europe/Amsterdam',
      threading: { privateGapMs: 3_600_000, linkPrivateToPublic: true, linkWindowMs: 86_400_000 },
      backlogAt: 0,
    });
    // choices given at their default values are not stated
    expect(
      computeKpis(conversations, { countBotReplies: false, breakdowns: ['account'], timeZone: 'UTC' })
        .definition,
    ).toStrictEqual(computeKpis(conversations).definition);
  });

  it('partials written with every choice spelt out (earlier versions) still merge', () => {
    const json = createKpiAccumulator().addAll(conversations.slice(0, 1)).toJSON();
    const spelt = {
      ...json,
      definition: {
        ...json.definition,
        countBotReplies: false,
        extraQuantiles: [],
        breakdowns: ['account'],
        timeZone: 'UTC',
        threading: { privateGapMs: 86_400_000, linkPrivateToPublic: true, linkWindowMs: 86_400_000 },
      },
    };
    const merged = KpiAccumulator.fromJSON(spelt).merge(
      createKpiAccumulator().addAll(conversations.slice(1)),
    );
    expect(merged.report()).toEqual(computeKpis(conversations));
  });
});

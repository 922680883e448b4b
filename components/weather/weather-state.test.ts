import { describe, expect, it } from 'vitest';
import { filtersToApi, NO_FILTERS, parseState, toSearch, type ExplorerState } from '@/components/explorer/url-state';
import { sameAlert, weatherPoint, withWeather } from './weather-state';

const state = (search: string): ExplorerState => parseState(new URLSearchParams(search));
const heat = { kind: 'heat' as const };

describe('weather mode on the map page', () => {
  it('applies the alert\'s filter by default, and not after "show all"', () => {
    expect(filtersToApi(withWeather(state('?at=28.4,117.6,14'), heat).filters).get('weather')).toBe('heat');
    expect(filtersToApi(withWeather(state('?at=28.4,117.6,14&weather=off'), heat).filters).has('weather')).toBe(false);
    expect(filtersToApi(withWeather(state('?at=28.4,117.6,14'), null).filters).has('weather')).toBe(false);
    expect(filtersToApi(withWeather(state(''), { kind: 'cold' }).filters).get('weather')).toBe('cold');
  });

  it('keeps "show all" in the URL, and only "off" means it', () => {
    const off = state('?near=28.4,117.6&weather=off');
    expect(off.weatherOff).toBe(true);
    expect(toSearch(off)).toBe('?near=28.4%2C117.6&weather=off');
    expect(parseState(new URLSearchParams(toSearch({ ...off, weatherOff: false }))).weatherOff).toBeUndefined();
    for (const v of ['heat', 'on', '1', 'OFF']) expect(state(`?weather=${v}`).weatherOff).toBeUndefined();
    // The alert's own filter is never written to the URL: a shared link follows the alert of its day.
    expect(toSearch({ ...withWeather(state('?at=28.4,117.6,14'), heat) })).toBe('?at=28.4%2C117.6%2C14');
  });

  it('leaves the state alone when nothing changes', () => {
    const s = state('?at=28.4,117.6,14');
    expect(withWeather(s, null)).toBe(s);
    expect(withWeather({ ...s, weatherOff: true }, heat).filters).toEqual(NO_FILTERS);
  });

  it('asks about the place chosen, else the view, else the map\'s own centre', () => {
    expect(weatherPoint(state('?near=28.4,117.6&at=27,115,12'), { lat: 1, lng: 2 })).toMatchObject({ lat: 28.4, lng: 117.6 });
    expect(weatherPoint(state('?at=27,115,12'), { lat: 1, lng: 2 })).toMatchObject({ lat: 27, lng: 115 });
    expect(weatherPoint(state(''), { lat: 1, lng: 2 })).toEqual({ lat: 1, lng: 2 });
  });

  it('tells alike answers apart from new ones', () => {
    const a = { kind: 'heat' as const, divisionCode: '361125', divisionName: '上饶市横峰县', divisionNameEn: 'x', startsAt: 's', endsAt: 'e', note: '' };
    expect(sameAlert(a, { ...a })).toBe(true);
    expect(sameAlert(a, { ...a, endsAt: 'later' })).toBe(false);
    expect(sameAlert(null, null)).toBe(true);
    expect(sameAlert(a, null)).toBe(false);
  });
});

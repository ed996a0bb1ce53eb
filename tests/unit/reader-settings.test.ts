import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  parseSettings,
  saveSettings,
  stepTextSize,
  TEXT_SIZES,
} from '../../src/reader/reader-settings';

describe('parseSettings', () => {
  test.each([
    ['nothing saved', null, DEFAULT_SETTINGS],
    ['a saved choice', '{"theme":"sepia","textSize":22}', { theme: 'sepia', textSize: 22 }],
    ['system theme', '{"theme":null,"textSize":16}', { theme: null, textSize: 16 }],
    ['unknown theme', '{"theme":"neon","textSize":16}', { theme: null, textSize: 16 }],
    ['size off the scale', '{"theme":"dark","textSize":99}', { theme: 'dark', textSize: 18 }],
    ['size as text', '{"theme":"dark","textSize":"20"}', { theme: 'dark', textSize: 18 }],
    ['not JSON', '{theme', DEFAULT_SETTINGS],
    ['not an object', '42', DEFAULT_SETTINGS],
  ])('%s', (_name, saved, expected) => {
    expect(parseSettings(saved)).toEqual(expected);
  });
});

describe('stepTextSize', () => {
  const smallest = TEXT_SIZES[0];
  const largest = TEXT_SIZES[TEXT_SIZES.length - 1]!;
  test.each([
    ['up from the default', 18, 1, 20],
    ['down from the default', 18, -1, 17],
    ['not below the smallest', smallest, -1, smallest],
    ['not above the largest', largest, 1, largest],
    ['up from a size between steps', 19, 1, 22],
    ['down from beyond the scale', 40, -1, TEXT_SIZES[TEXT_SIZES.length - 2]],
  ] as const)('%s', (_name, from, direction, expected) => {
    expect(stepTextSize(from, direction)).toBe(expected);
  });
});

describe('saved settings', () => {
  test('what is saved is loaded back', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
    };
    saveSettings(storage, { theme: 'dark', textSize: 24 });
    expect(loadSettings(storage)).toEqual({ theme: 'dark', textSize: 24 });
  });

  test('a storage that refuses gives the defaults and keeps quiet', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => saveSettings(refusing, { theme: 'dark', textSize: 24 })).not.toThrow();
    expect(loadSettings(refusing)).toEqual(DEFAULT_SETTINGS);
  });
});

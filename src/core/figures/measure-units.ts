// Units of measure and what they measure (the gold's "other": "300 miles", "82 kWh",
// "5.0 seconds"): such a figure is no count of things. The ranking weighs them above
// counts, the labeller names the dimension ("355 hp — power"), and the same measure in
// another unit in brackets is its equivalent ("55 mph (88.5 kph)").
const DIMENSIONS: [RegExp, string][] = [
  [/^(?:hp|bhp|PS|horsepower|kW|MW|GW|watts?|кВт)$/, 'power'],
  [/^(?:Nm|lb-ft)$/, 'torque'],
  [/^(?:kWh|MWh|GWh|TWh|mAh)$/, 'capacity'],
  [/^(?:mph|kph|km\/h)$/, 'speed'],
  [/^(?:pounds|kg|kilograms?|grams?|tonnes?|tons?|ounces?|кг)$/, 'weight'],
  [/^(?:kcal|calories|ккал|Ккал)$/, 'calories'],
  [/^(?:degrees)$/, 'temperature'],
  [/^(?:seconds?)$/, 'time'],
  [/^(?:lit(?:er|re)s?|gallons?|cc)$/, 'volume'],
  [/^(?:acres?|hectares?)$/, 'area'],
  [
    /^(?:miles?|km|км|kilomet(?:er|re)s?|met(?:er|re)s?|feet|foot|inch(?:es)?|yards?|light-years|millimet(?:er|re)s?|centimet(?:er|re)s?)$/,
    'distance',
  ],
];

/** What a unit of measure measures ("hp" → "power"), or undefined for a count's noun. */
export function dimensionOf(unit: string | null | undefined): string | undefined {
  return unit ? DIMENSIONS.find(([pattern]) => pattern.test(unit))?.[1] : undefined;
}

export const isMeasure = (unit: string | null | undefined) => dimensionOf(unit) !== undefined;

import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { bboxContains, geometryAreaKm2, geometryBbox, pointInGeometry, pointInRing, ringArea } from './polygon';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
  ],
};

const squareWithHole: Polygon = {
  type: 'Polygon',
  coordinates: [
    ...square.coordinates,
    [
      [4, 4],
      [4, 6],
      [6, 6],
      [6, 4],
      [4, 4],
    ],
  ],
};

const twoSquares: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    squareWithHole.coordinates,
    [
      [
        [20, 20],
        [22, 20],
        [22, 23],
        [20, 23],
        [20, 20],
      ],
    ],
  ],
};

describe('pointInGeometry', () => {
  it('finds points inside and outside a square', () => {
    expect(pointInGeometry(5, 5, square)).toBe(true);
    expect(pointInGeometry(0.01, 9.99, square)).toBe(true);
    expect(pointInGeometry(-1, 5, square)).toBe(false);
    expect(pointInGeometry(5, 10.5, square)).toBe(false);
  });

  it('counts a ray through a vertex once', () => {
    // The horizontal ray from (−5, 0) would pass through two corners.
    expect(pointInGeometry(5, 0.5, square)).toBe(true);
    expect(pointInGeometry(-5, 10, square)).toBe(false);
  });

  it('excludes the hole of a polygon', () => {
    expect(pointInGeometry(5, 5, squareWithHole)).toBe(false);
    expect(pointInGeometry(2, 5, squareWithHole)).toBe(true);
    expect(pointInGeometry(8, 8, squareWithHole)).toBe(true);
  });

  it('checks every part of a multipolygon', () => {
    expect(pointInGeometry(2, 2, twoSquares)).toBe(true);
    expect(pointInGeometry(21, 22, twoSquares)).toBe(true);
    expect(pointInGeometry(5, 5, twoSquares)).toBe(false);
    expect(pointInGeometry(15, 15, twoSquares)).toBe(false);
    expect(pointInGeometry(21, 24, twoSquares)).toBe(false);
  });

  it('accepts an open ring', () => {
    expect(pointInRing(1, 1, [[0, 0], [2, 0], [2, 2], [0, 2]])).toBe(true);
  });
});

describe('geometryBbox', () => {
  it('spans a polygon', () => {
    expect(geometryBbox(squareWithHole)).toEqual([0, 0, 10, 10]);
  });

  it('spans every part of a multipolygon', () => {
    const box = geometryBbox(twoSquares);
    expect(box).toEqual([0, 0, 22, 23]);
    expect(bboxContains(box, 15, 15)).toBe(true);
    expect(bboxContains(box, 23, 0)).toBe(false);
  });
});

describe('areas', () => {
  it('signs a ring by orientation', () => {
    const ring = square.coordinates[0]!;
    expect(ringArea(ring)).toBe(100);
    expect(ringArea([...ring].reverse())).toBe(-100);
  });

  it('subtracts holes and scales degrees to km²', () => {
    // 0.1° × 0.1° at the equator is about 11.13 km × 11.06 km.
    const small: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0.1, 0],
          [0.1, 0.1],
          [0, 0.1],
          [0, 0],
        ],
      ],
    };
    expect(geometryAreaKm2(small)).toBeCloseTo(123.1, 0);
    expect(geometryAreaKm2(squareWithHole) / geometryAreaKm2(square)).toBeCloseTo(0.96, 5);
  });
});

// Zone geometries for the tests: the shapes that once held the server.

/**
 * Issue #9's star: `points` (odd) points on a circle near the provincial city, each joined to the
 * point (points − 1)/2 further on. It crosses itself everywhere; st_makevalid took 849 s over the
 * one of 301 points (7.5 KB) and held the embedded database, while ST_IsValid takes milliseconds.
 */
export function star(points: number) {
  const step = (points - 1) / 2
  const ring = Array.from({ length: points + 1 }, (_, index) => {
    const angle = (2 * Math.PI * ((index * step) % points)) / points
    return [106.76 + 0.02 * Math.cos(angle), 21.91 + 0.02 * Math.sin(angle)]
  })
  return { type: 'Polygon', coordinates: [ring] }
}

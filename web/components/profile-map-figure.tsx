import type { ProfileMap } from '../profile-map'

/** The commune among its neighbours, with its mapped villages, as SVG (prints sharp, no WebGL). */
export function ProfileMapFigure({ map, caption }: { map: ProfileMap; caption: string }) {
  return (
    <figure className="profile-map">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label={caption}>
        <rect width={map.width} height={map.height} className="profile-map-ground" />
        {map.neighbours.map((neighbour) => (
          <path key={neighbour.code} d={neighbour.d} className="profile-map-neighbour" />
        ))}
        <path d={map.commune} className="profile-map-commune" />
        {map.villages.map((village) => (
          <circle key={village.id} cx={village.x} cy={village.y} r={3} className="profile-map-village">
            <title>{village.name}</title>
          </circle>
        ))}
        {map.neighbours.map(
          (neighbour) =>
            neighbour.label && (
              <text key={neighbour.code} x={neighbour.label[0]} y={neighbour.label[1]} className="profile-map-name">
                {neighbour.name}
              </text>
            ),
        )}
      </svg>
      <figcaption className="muted">{caption}</figcaption>
    </figure>
  )
}

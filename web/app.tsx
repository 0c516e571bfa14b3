import { lazy, Suspense, useEffect, useState } from 'react'
import sources from '../geodata/sources.json'
import type { SearchResult, ZoneCollection, ZoneKind } from './api'
import { AccountMenu } from './components/account-menu'
import { LoadError, Loading } from './components/load-state'
import { MapAttribution } from './components/map-attribution'
import { SampleBanner } from './components/sample-banner'
import { SearchBox } from './components/search-box'
import { Sidebar } from './components/sidebar'
import { Tooltip } from './components/tooltip'
import { LanguageContext, textFor } from './i18n/text'
import { communeFillId } from './layers/communes'
import type { VillagePoint } from './layers/places'
import { type FlyTarget, type MapPick, MapView } from './map/map-view'
import { resetAfterSignIn, useConfig, useProfile, useUnit, useZone } from './queries'
import * as ui from './state'
import { tooltipFor } from './tooltip-content'
import { useIndicatorScene } from './use-indicator-scene'
import { useMapScene } from './use-map-scene'
import { useUiState } from './use-ui-state'
import { useZoneDrawing } from './use-zone-drawing'

// Not needed for the first screen: loaded when opened.
const DetailPanel = lazy(() => import('./components/detail-panel').then((module) => ({ default: module.DetailPanel })))
const TableView = lazy(() => import('./components/table-view').then((module) => ({ default: module.TableView })))
const Methodology = lazy(() => import('./components/methodology').then((module) => ({ default: module.Methodology })))
const AdminView = lazy(() => import('./components/admin-view').then((module) => ({ default: module.AdminView })))
const NearBorderView = lazy(() =>
  import('./components/near-border-view').then((module) => ({ default: module.NearBorderView })),
)

// Short forms on the map (the full attributions are on the methodology page).
const attribution = sources.map((source) => source.short)

export function App() {
  const [state, update] = useUiState()
  const text = textFor(state.language)
  const [hover, setHover] = useState<{ pick: MapPick; x: number; y: number } | null>(null)
  const [hoveredVillage, setHoveredVillage] = useState<{ point: VillagePoint; x: number; y: number } | null>(null)
  const [zoom, setZoom] = useState(state.position?.zoom ?? 8)
  const [flyTo, setFlyTo] = useState<FlyTarget | null>(null)
  const [basemapFailed, setBasemapFailed] = useState(false)
  // A commune chosen from the search or the table (or named in the address without a map position)
  // is flown to once its outline is known.
  const [pendingFly, setPendingFly] = useState<string | null>(state.position ? null : state.selected)
  const drawing = useZoneDrawing()

  const config = useConfig()
  const profile = useProfile().data ?? null
  const mayZones = Boolean(profile?.can.zones)
  const zoneQueries = {
    border_belt: useZone('border_belt', mayZones && state.zones.includes('border_belt')),
    border_area: useZone('border_area', mayZones && state.zones.includes('border_area')),
    gates: useZone('gates', mayZones && state.zones.includes('gates')),
    restricted: useZone('restricted', mayZones && state.zones.includes('restricted')),
  }
  const zones: Partial<Record<ZoneKind, ZoneCollection>> = Object.fromEntries(
    ui.zoneKinds
      .filter((kind) => state.zones.includes(kind) && zoneQueries[kind].data)
      .map((kind) => [kind, zoneQueries[kind].data]),
  )
  const scene = useIndicatorScene(state)
  const hoveredCode = hover?.pick?.layer === communeFillId ? String(hover.pick.properties.code) : null
  const map = useMapScene({
    state,
    scene,
    zones,
    drawing,
    hovered: hoveredCode,
    zoom,
    onVillageHover: (point, x, y) => setHoveredVillage(point ? { point, x, y } : null),
  })
  const unit = useUnit(state.selected)

  useEffect(() => {
    const bbox = unit.data?.unit.bbox
    if (pendingFly && unit.data?.unit.code === pendingFly && bbox) {
      setFlyTo({ key: Date.now(), bbox })
      setPendingFly(null)
    }
  }, [unit.data, pendingFly])

  const selectAndFly = (code: string) => {
    setPendingFly(code)
    update((current) => ui.showView(ui.select(current, code), 'map'))
  }
  const chooseSearchResult = (result: SearchResult) => {
    if (result.kind === 'village' && result.center) setFlyTo({ key: Date.now(), center: result.center, zoom: 13 })
    if (result.communeCode) {
      update((current) => ui.showView(ui.select(current, result.communeCode), 'map'))
      if (result.kind !== 'village') setPendingFly(result.communeCode)
    } else if (result.kind === 'district' && result.center) {
      setFlyTo({ key: Date.now(), center: result.center, zoom: 10 })
    }
  }
  const back = () => update((current) => ui.showView(current, 'map'))
  const tooltip = tooltipFor({ hover, hoveredVillage, scene, text, language: state.language })

  return (
    <LanguageContext.Provider value={state.language}>
      <a className="skip" href="#map">
        {text.skipToMap}
      </a>
      <header className="top">
        <div className="brand">
          <h1>{text.shortTitle}</h1>
          <p className="muted">{text.planName}</p>
        </div>
        <SearchBox onChoose={chooseSearchResult} />
        <nav className="views" aria-label={text.views.map}>
          {(['map', 'table', 'methodology'] as const).map((view) => (
            <button
              key={view}
              type="button"
              aria-pressed={state.view === view}
              onClick={() => update((current) => ui.showView(current, view))}
            >
              {text.views[view]}
            </button>
          ))}
          <button
            type="button"
            lang={state.language === 'vi' ? 'en' : 'vi'}
            onClick={() => update((current) => ui.chooseLanguage(current, current.language === 'vi' ? 'en' : 'vi'))}
          >
            {text.otherLanguage}
          </button>
          <AccountMenu
            profile={profile}
            onChange={() => {
              drawing.cancel()
              resetAfterSignIn()
            }}
            onAdmin={() => update((current) => ui.showView(current, 'admin'))}
          />
        </nav>
      </header>
      {scene.provenances.includes('sample') && (
        <SampleBanner onMethodology={() => update((current) => ui.showView(current, 'methodology'))} />
      )}
      <main className={state.selected && state.view === 'map' ? 'layout with-panel' : 'layout'}>
        <Sidebar
          state={state}
          update={update}
          scene={scene}
          profile={profile}
          basemapAvailable={Boolean(config.data?.basemap)}
          basemapFailed={basemapFailed}
          zones={zones}
          drawing={drawing}
        />
        <section
          id="map"
          className={drawing.active ? 'map-area drawing' : 'map-area'}
          aria-label={text.mapLabel}
          hidden={!['map', 'table'].includes(state.view)}
        >
          {map.communes.isError && (
            <LoadError what="communes" error={map.communes.error} onRetry={() => map.communes.refetch()} />
          )}
          <MapView
            sources={map.sources}
            layers={map.layers}
            deckScene={map.deckScene}
            interactive={map.interactive}
            basemap={state.basemap && config.data?.basemap ? config.data.basemap : null}
            position={state.position}
            flyTo={flyTo}
            label={text.mapLabel}
            onHover={(pick, x, y) => setHover(pick ? { pick, x, y } : null)}
            onClick={(pick, lngLat) => {
              if (drawing.active) drawing.add(lngLat)
              else if (pick?.layer === communeFillId)
                update((current) => ui.select(current, String(pick.properties.code)))
              else if (!pick) update((current) => ui.select(current, null))
            }}
            onMove={(position) => update((current) => ui.moveTo(current, position))}
            onZoom={setZoom}
            onBasemapError={() => setBasemapFailed(true)}
          />
          {(map.communes.isPending || scene.layer.isPending) && <Loading />}
          <Tooltip content={tooltip} />
          <MapAttribution
            sources={
              state.basemap && config.data?.basemap ? [...attribution, config.data.basemap.attribution] : attribution
            }
            onMethodology={() => update((current) => ui.showView(current, 'methodology'))}
          />
          {state.view === 'table' && scene.indicator && scene.layer.data && scene.choropleth && (
            <Suspense fallback={<Loading />}>
              <TableView
                indicator={scene.indicator}
                layer={scene.layer.data}
                choropleth={scene.choropleth}
                onSelect={selectAndFly}
              />
            </Suspense>
          )}
        </section>
        <Suspense fallback={<Loading />}>
          {state.view === 'methodology' && <Methodology onBack={back} />}
          {state.view === 'admin' && profile && <AdminView profile={profile} onBack={back} />}
          {state.view === 'border' && profile?.can.zones && (
            <NearBorderView villageIndicators={scene.villageIndicators} onSelect={selectAndFly} onBack={back} />
          )}
          {state.selected && state.view === 'map' && (
            <>
              {unit.isError && <LoadError what="unit" error={unit.error} onRetry={() => unit.refetch()} />}
              {unit.data && (
                <DetailPanel
                  detail={unit.data}
                  onClose={() => update((current) => ui.select(current, null))}
                  onMethodology={() => update((current) => ui.showView(current, 'methodology'))}
                  onIndicator={(code) => update((current) => ui.chooseIndicator(current, code))}
                />
              )}
            </>
          )}
        </Suspense>
      </main>
    </LanguageContext.Provider>
  )
}

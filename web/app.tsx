import { pointOnFeature } from '@turf/turf'
import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import sources from '../geodata/sources.json'
import type { SearchResult } from './api'
import { breaksFor, buildChoropleth, defaultClassification } from './choropleth'
import { ClassificationPicker } from './components/classification-picker'
import { IndicatorPicker } from './components/indicator-picker'
import { LayerMenu } from './components/layer-menu'
import { Legend } from './components/legend'
import { LoadError, Loading } from './components/load-state'
import { SampleBanner } from './components/sample-banner'
import { SearchBox } from './components/search-box'
import { Tooltip, type TooltipContent } from './components/tooltip'
import { YearSelector } from './components/year-selector'
import { indicatorName, LanguageContext, textFor } from './i18n/text'
import type { DeckScene } from './layers/deck-layers'
import { mapLayers } from './layers/map-layers'
import { shortName, type VillagePoint, villagePoints } from './layers/places'
import { type FlyTarget, MapView } from './map/map-view'
import { flagColours } from './palette'
import {
  useBorder,
  useCommuneLayer,
  useCommunes,
  useConfig,
  useDistricts,
  useIndicators,
  useProvince,
  useUnit,
  useVillageLayer,
  useVillages,
} from './queries'
import * as ui from './state'
import { useUiState } from './use-ui-state'

// Not needed for the first screen: loaded when opened.
const DetailPanel = lazy(() => import('./components/detail-panel').then((module) => ({ default: module.DetailPanel })))
const TableView = lazy(() => import('./components/table-view').then((module) => ({ default: module.TableView })))
const Methodology = lazy(() => import('./components/methodology').then((module) => ({ default: module.Methodology })))

// Short forms on the map (the full attributions are on the methodology page).
const attribution = sources.map((source) => source.short)

export function App() {
  const [state, update] = useUiState()
  const text = textFor(state.language)
  const [hovered, setHovered] = useState<{ code: string | null; x: number; y: number } | null>(null)
  const [hoveredVillage, setHoveredVillage] = useState<{ point: VillagePoint; x: number; y: number } | null>(null)
  const [zoom, setZoom] = useState(state.position?.zoom ?? 8)
  const [flyTo, setFlyTo] = useState<FlyTarget | null>(null)
  const [basemapFailed, setBasemapFailed] = useState(false)
  // A commune chosen from the search or the table (or named in the address without a map position)
  // is flown to once its outline is known.
  const [pendingFly, setPendingFly] = useState<string | null>(state.position ? null : state.selected)

  const config = useConfig()
  const catalogue = useIndicators()
  const indicators = catalogue.data ?? []
  const mappable = indicators.filter((item) => item.measuredAt !== 'province')
  const indicator = mappable.find((item) => item.code === state.indicator) ?? mappable[0]
  const year =
    indicator && state.year !== null && indicator.years.includes(state.year)
      ? state.year
      : (indicator?.years.at(-1) ?? null)
  const classification = state.classification ?? (indicator ? defaultClassification(indicator) : 'quantile')
  const layer = useCommuneLayer(indicator?.code ?? null, year)
  const held = useCommuneLayer(state.holdYear !== null ? (indicator?.code ?? null) : null, state.holdYear)

  const villageIndicators = indicators.filter((item) => item.measuredAt === 'village')
  const villageIndicator =
    villageIndicators.find((item) => item.code === state.villageIndicator) ??
    villageIndicators.find((item) => item.code === indicator?.code) ??
    villageIndicators.find((item) => item.headline !== null) ??
    villageIndicators[0]
  const villageYear =
    villageIndicator && year !== null && villageIndicator.years.includes(year)
      ? year
      : (villageIndicator?.years.at(-1) ?? null)
  const villages = useVillages(state.showVillages)
  const villageValues = useVillageLayer(state.showVillages ? (villageIndicator?.code ?? null) : null, villageYear)

  const communes = useCommunes()
  const province = useProvince()
  const border = useBorder()
  const districts = useDistricts(state.showDistricts)
  const unit = useUnit(state.selected)
  useEffect(() => {
    const bbox = unit.data?.unit.bbox
    if (pendingFly && unit.data?.unit.code === pendingFly && bbox) {
      setFlyTo({ key: Date.now(), bbox })
      setPendingFly(null)
    }
  }, [unit.data, pendingFly])

  const heldBreaks = useMemo(() => {
    if (!held.data?.communes || classification === 'target') return null
    const values = held.data.communes.map((row) => row.valueNumber).filter((value): value is number => value !== null)
    return values.length > 0 ? breaksFor(values, classification) : null
  }, [held.data, classification])
  const choropleth = useMemo(
    () =>
      layer.data && indicator ? buildChoropleth({ layer: layer.data, indicator, classification, heldBreaks }) : null,
    [layer.data, indicator, classification, heldBreaks],
  )
  const labels = useMemo(
    () =>
      (communes.data?.features ?? []).map((feature) => ({
        code: feature.properties.code,
        text: shortName(feature.properties.name),
        position: pointOnFeature(feature as never).geometry.coordinates as [number, number],
      })),
    [communes.data],
  )
  const points = useMemo(() => (villages.data ? villagePoints(villages.data) : []), [villages.data])
  const flags = useMemo(
    () => new Map((villageValues.data?.villages ?? []).map((row) => [row.id, row.valueFlag])),
    [villageValues.data],
  )

  const layers = mapLayers({
    choropleth,
    highlightClass: state.highlightClass,
    hovered: hovered?.code ?? null,
    selected: state.selected,
    showDistricts: state.showDistricts,
  })
  const deckScene: DeckScene = {
    labels,
    zoom,
    selected: state.selected,
    villages: state.showVillages && points.length > 0 ? { points, flags, colours: flagColours } : null,
    onVillageHover: (point, x, y) => setHoveredVillage(point ? { point, x, y } : null),
  }

  const provenances = [
    ...new Set(
      [...(layer.data?.communes ?? []), ...(state.showVillages ? (villageValues.data?.villages ?? []) : [])]
        .map((row) => row.provenance)
        .filter((value) => value !== null),
    ),
  ]
  const showsSample = provenances.includes('sample')
  const hoveredRow = layer.data?.communes?.find((row) => row.code === hovered?.code)
  const tooltip: TooltipContent | null = hoveredVillage
    ? {
        x: hoveredVillage.x,
        y: hoveredVillage.y,
        title: hoveredVillage.point.name,
        value: flags.get(hoveredVillage.point.id) ?? null,
        unit: 'flag',
        year: villageYear,
        note: `${villageIndicator ? indicatorName(villageIndicator, state.language) : ''} · ${text.approximate}`,
      }
    : hovered?.code && hoveredRow && choropleth
      ? {
          x: hovered.x,
          y: hovered.y,
          title: hoveredRow.name,
          value: hoveredRow.valueNumber ?? hoveredRow.valueCategory ?? hoveredRow.valueFlag,
          unit: choropleth.unit,
          year,
        }
      : null

  const chooseSearchResult = (result: SearchResult) => {
    if (result.kind === 'village' && result.center) setFlyTo({ key: Date.now(), center: result.center, zoom: 13 })
    if (result.communeCode) {
      update((current) => ui.showView(ui.select(current, result.communeCode), 'map'))
      if (result.kind !== 'village') setPendingFly(result.communeCode)
    } else if (result.kind === 'district' && result.center) {
      setFlyTo({ key: Date.now(), center: result.center, zoom: 10 })
    }
  }

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
        </nav>
      </header>
      {showsSample && <SampleBanner onMethodology={() => update((current) => ui.showView(current, 'methodology'))} />}
      <main className={state.selected ? 'layout with-panel' : 'layout'}>
        <section className="sidebar" aria-label={text.controls}>
          {catalogue.isError && (
            <LoadError what="catalogue" error={catalogue.error} onRetry={() => catalogue.refetch()} />
          )}
          {catalogue.isPending && <Loading />}
          {indicator && (
            <>
              <IndicatorPicker
                indicators={indicators}
                value={indicator.code}
                onChange={(code) => update((current) => ui.chooseIndicator(current, code))}
              />
              <YearSelector
                years={indicator.years}
                value={year}
                onChange={(chosen) => update((current) => ui.chooseYear(current, chosen))}
              />
              <ClassificationPicker
                value={classification}
                holdYear={state.holdYear}
                year={year}
                disabled={choropleth?.kind === 'category' || choropleth?.kind === 'flag'}
                onChange={(chosen) => update((current) => ui.chooseClassification(current, chosen))}
                onHold={(held) => update((current) => ui.holdBreaks(current, held))}
              />
            </>
          )}
          {layer.isError && <LoadError what="values" error={layer.error} onRetry={() => layer.refetch()} />}
          {indicator && choropleth && year !== null && (
            <Legend
              indicator={indicator}
              year={year}
              choropleth={choropleth}
              provenances={provenances}
              carriedRule={layer.data?.rule ?? null}
              highlightClass={state.highlightClass}
              villageLegend={
                state.showVillages && villageIndicator
                  ? { name: indicatorName(villageIndicator, state.language), ...flagColours }
                  : null
              }
              onHighlight={(index) => update((current) => ui.highlight(current, index))}
              onMethodology={() => update((current) => ui.showView(current, 'methodology'))}
            />
          )}
          <LayerMenu
            villageIndicators={villageIndicators}
            villageIndicator={villageIndicator?.code ?? null}
            showVillages={state.showVillages}
            showDistricts={state.showDistricts}
            basemapAvailable={Boolean(config.data?.basemap)}
            basemap={state.basemap}
            basemapFailed={basemapFailed}
            onVillageIndicator={(code) => update((current) => ui.chooseVillageIndicator(current, code))}
            onToggle={(name) => update((current) => ui.toggle(current, name))}
          />
        </section>
        <section id="map" className="map-area" aria-label={text.mapLabel} hidden={state.view === 'methodology'}>
          {communes.isError && <LoadError what="communes" error={communes.error} onRetry={() => communes.refetch()} />}
          <MapView
            communes={communes.data}
            province={province.data}
            border={border.data}
            districts={state.showDistricts ? districts.data : undefined}
            layers={layers}
            deckScene={deckScene}
            basemap={state.basemap && config.data?.basemap ? config.data.basemap : null}
            attribution={
              state.basemap && config.data?.basemap ? [...attribution, config.data.basemap.attribution] : attribution
            }
            position={state.position}
            flyTo={flyTo}
            label={text.mapLabel}
            onHover={(code, x, y) => setHovered(code ? { code, x, y } : null)}
            onSelect={(code) => update((current) => ui.select(current, code))}
            onMove={(position) => update((current) => ui.moveTo(current, position))}
            onZoom={setZoom}
            onBasemapError={() => setBasemapFailed(true)}
          />
          {(communes.isPending || layer.isPending) && <Loading />}
          <Tooltip content={tooltip} />
          {state.view === 'table' && indicator && layer.data && choropleth && (
            <Suspense fallback={<Loading />}>
              <TableView
                indicator={indicator}
                layer={layer.data}
                choropleth={choropleth}
                onSelect={(code) => {
                  setPendingFly(code)
                  update((current) => ui.showView(ui.select(current, code), 'map'))
                }}
              />
            </Suspense>
          )}
        </section>
        {state.view === 'methodology' && (
          <Suspense fallback={<Loading />}>
            <Methodology onBack={() => update((current) => ui.showView(current, 'map'))} />
          </Suspense>
        )}
        {state.selected && (
          <Suspense fallback={<Loading />}>
            {unit.isError && <LoadError what="unit" error={unit.error} onRetry={() => unit.refetch()} />}
            {unit.data && (
              <DetailPanel
                detail={unit.data}
                onClose={() => update((current) => ui.select(current, null))}
                onMethodology={() => update((current) => ui.showView(current, 'methodology'))}
                onIndicator={(code) => update((current) => ui.chooseIndicator(current, code))}
              />
            )}
          </Suspense>
        )}
      </main>
    </LanguageContext.Provider>
  )
}

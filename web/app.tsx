import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import type { SearchResult } from './api'
import { AccountMenu } from './components/account-menu'
import { LoadError, Loading } from './components/load-state'
import { MapAttribution } from './components/map-attribution'
import { MapTools } from './components/map-tools'
import { SampleBanner } from './components/sample-banner'
import { SearchBox } from './components/search-box'
import { Sidebar } from './components/sidebar'
import { SignInPrompt } from './components/sign-in-prompt'
import { Tooltip } from './components/tooltip'
import { UnavailableBanner } from './components/unavailable-banner'
import { LanguageContext, textFor } from './i18n/text'
import { communeFillId } from './layers/communes'
import type { VillagePoint } from './layers/places'
import { type FlyTarget, type MapPick, MapView, provinceBounds } from './map/map-view'
import { mapCredits } from './map-credits'
import { clearAccount, resetAfterSignIn, useConfig, useProfile, useUnit, useVillages } from './queries'
import * as ui from './state'
import { tooltipFor } from './tooltip-content'
import { useIndicatorScene } from './use-indicator-scene'
import { useMapOutput } from './use-map-output'
import { useMapScene } from './use-map-scene'
import { usePlanner } from './use-planner'
import { useRemembered } from './use-remembered'
import { useUiState } from './use-ui-state'
import { useZoneDrawing } from './use-zone-drawing'
import { useZones } from './use-zones'

// Not needed for the first screen: loaded when opened.
const DetailPanel = lazy(() => import('./components/detail-panel').then((module) => ({ default: module.DetailPanel })))
const TableView = lazy(() => import('./components/table-view').then((module) => ({ default: module.TableView })))
const Methodology = lazy(() => import('./components/methodology').then((module) => ({ default: module.Methodology })))
const AdminView = lazy(() => import('./components/admin-view').then((module) => ({ default: module.AdminView })))
const NearBorderView = lazy(() =>
  import('./components/near-border-view').then((module) => ({ default: module.NearBorderView })),
)
const PlannerTools = lazy(() =>
  import('./components/planner-tools').then((module) => ({ default: module.PlannerTools })),
)
const RankingPanel = lazy(() =>
  import('./components/ranking-panel').then((module) => ({ default: module.RankingPanel })),
)
const TargetsView = lazy(() => import('./components/targets-view').then((module) => ({ default: module.TargetsView })))
const ImportsView = lazy(() => import('./components/imports-view').then((module) => ({ default: module.ImportsView })))
const CompareView = lazy(() => import('./components/compare-view').then((module) => ({ default: module.CompareView })))
const CommuneProfile = lazy(() =>
  import('./components/commune-profile').then((module) => ({ default: module.CommuneProfile })),
)
const SmallMultiples = lazy(() =>
  import('./components/small-multiples').then((module) => ({ default: module.SmallMultiples })),
)
const AllocationView = lazy(() =>
  import('./components/allocation-view').then((module) => ({ default: module.AllocationView })),
)
const RankingPrint = lazy(() =>
  import('./components/ranking-print').then((module) => ({ default: module.RankingPrint })),
)

const pages: ui.View[] = ['methodology', 'admin', 'border', 'targets', 'compare', 'import', 'profile', 'allocation']

export function App() {
  const [state, update] = useUiState()
  const text = textFor(state.language)
  const [hover, setHover] = useState<{ pick: MapPick; x: number; y: number } | null>(null)
  const [rowHover, setRowHover] = useState<string | null>(null)
  const [focused, setFocused] = useState<string | null>(null)
  // The commune whose details the ranking shows in place of its table (a row or the map clicked).
  const [rankingDetail, setRankingDetail] = useState<string | null>(null)
  const [hoveredVillage, setHoveredVillage] = useState<{ point: VillagePoint; x: number; y: number } | null>(null)
  const [zoom, setZoom] = useState(state.position?.zoom ?? 8)
  const [flyTo, setFlyTo] = useState<FlyTarget | null>(null)
  const [basemapFailed, setBasemapFailed] = useState(false)
  // A commune chosen from the search or a table (or named in the address without a map position)
  // is flown to once its outline is known.
  const [pendingFly, setPendingFly] = useState<string | null>(state.position ? null : state.selected)
  const drawing = useZoneDrawing()

  const config = useConfig()
  const profileQuery = useProfile()
  const profile = profileQuery.data ?? null
  const zones = useZones(state, profile)
  const scene = useIndicatorScene(state)
  const planner = usePlanner(state, profile, scene)
  const hoveredCode = hover?.pick?.layer === communeFillId ? String(hover.pick.properties.code) : rowHover
  const map = useMapScene({
    state,
    scene,
    zones,
    drawing,
    hovered: hoveredCode,
    override: planner.override,
    zoom,
    onVillageHover: (point, x, y) => setHoveredVillage(point ? { point, x, y } : null),
  })
  const unit = useUnit(state.selected, state.historical ? '2019' : '2025')
  const basemap = state.basemap && config.data?.basemap ? config.data.basemap : null
  const output = useMapOutput({ state, scene, planner, map, basemap })
  const villages = useVillages(state.view === 'profile')
  const [bannerFolded, foldBanner] = useRemembered('portal.sampleBannerFolded')
  // The address of this very view, as the address bar holds it (use-ui-state.ts keeps it in step).
  const link = `${window.location.origin}${window.location.pathname}${ui.toSearch(state)}`

  // An uploaded zone's preview is brought into view.
  useEffect(() => {
    if (drawing.uploaded) setFlyTo({ key: Date.now(), bbox: drawing.uploaded.bbox })
  }, [drawing.uploaded])

  useEffect(() => {
    const bbox = unit.data?.unit.bbox
    if (pendingFly && unit.data?.unit.code === pendingFly && bbox) {
      setFlyTo({ key: Date.now(), bbox })
      setPendingFly(null)
    }
  }, [unit.data, pendingFly])

  const selectAndFly = (code: string, view: ui.View = 'map') => {
    setPendingFly(code)
    update((current) => ui.showView(ui.select(current, code), view))
  }
  const chooseSearchResult = (result: SearchResult) => {
    if (result.kind === 'village' && result.center) setFlyTo({ key: Date.now(), center: result.center, zoom: 13 })
    if (result.communeCode) {
      update((current) => ui.showView(ui.select({ ...current, historical: false }, result.communeCode), 'map'))
      if (result.kind !== 'village') setPendingFly(result.communeCode)
    } else if (result.kind === 'district' && result.center) {
      setFlyTo({ key: Date.now(), center: result.center, zoom: 10 })
    }
  }
  const back = () => update((current) => ui.showView(current, 'map'))
  const tooltip = tooltipFor({ hover, hoveredVillage, scene, text, language: state.language })
  // A page this visitor may not open (a border officer's link opened by the public, issue 10 §5:
  // a white page) leaves the public map on screen, with a prompt to sign in.
  const mayOpen = {
    border: Boolean(profile?.can.zones),
    admin: Boolean(profile?.can.manageUsers || profile?.can.readAudit),
  }
  const refusedPage = (state.view === 'border' || state.view === 'admin') && !mayOpen[state.view] ? state.view : null
  const onPage = pages.includes(state.view) && refusedPage === null
  const rankingOpen = state.view === 'ranking' && planner.may
  const rankingDetailShown = rankingOpen && rankingDetail !== null && rankingDetail === state.selected
  // The small multiples under the main map (issue 12). Opening them makes the map shorter: the
  // province is fitted again, unless a link gave both the multiples and a position to keep.
  const multiplesShown = state.multiples && state.view === 'map'
  const keepLinkedPosition = useRef(state.multiples && state.position !== null)
  const fitUnderMultiples = () => {
    if (!keepLinkedPosition.current)
      setFlyTo({ key: Date.now(), bbox: [...provinceBounds[0], ...provinceBounds[1]], padding: 20 })
    keepLinkedPosition.current = false
  }

  // The ranking panel narrows the map: the whole province is fitted beside it, so the eastern
  // communes that rank highest are not left under the panel (issue 10 §5).
  useEffect(() => {
    if (rankingOpen) setFlyTo({ key: Date.now(), bbox: [...provinceBounds[0], ...provinceBounds[1]], padding: 20 })
  }, [rankingOpen])
  const openRankingDetail = (code: string) => {
    setFocused(code)
    setRankingDetail(code)
    update((current) => ui.select(current, code))
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
          <AccountMenu
            profile={profile}
            onChange={() => {
              drawing.cancel()
              // Signed out: what belonged to the account goes, and so do its pages and layers.
              if (profile) {
                void clearAccount()
                update(ui.signedOut)
              } else resetAfterSignIn()
            }}
            onAdmin={() => update((current) => ui.showView(current, 'admin'))}
          />
        </nav>
      </header>
      <UnavailableBanner />
      {scene.provenances.includes('sample') && (
        <SampleBanner
          folded={bannerFolded}
          onFold={foldBanner}
          onMethodology={() => update((current) => ui.showView(current, 'methodology'))}
        />
      )}
      <main
        className={[
          'layout',
          ((state.selected && state.view === 'map') || rankingOpen) && 'with-panel',
          onPage && 'on-page',
        ]
          .filter(Boolean)
          .join(' ')}
      >
        <Sidebar
          state={state}
          update={update}
          scene={scene}
          profile={profile}
          basemapAvailable={Boolean(config.data?.basemap)}
          basemapFailed={basemapFailed}
          zones={zones}
          drawing={drawing}
        >
          <MapTools
            csvUrl={output.csvUrl}
            geojsonUrl={output.geojsonUrl}
            busy={output.busy}
            link={link}
            onPng={output.downloadPng}
            onPrint={output.print}
          />
          {planner.may && (
            <Suspense fallback={null}>
              <PlannerTools
                view={state.view}
                mayImport={Boolean(profile?.can.importValues)}
                historical={state.historical}
                onView={(view) => update((current) => ui.showView(current, view))}
                onHistorical={() => update(ui.toggleHistorical)}
                weights={planner.weights}
                normalise={state.normalise}
              />
            </Suspense>
          )}
        </Sidebar>
        <section
          id="map"
          className={['map-area', drawing.active && 'drawing', multiplesShown && 'with-multiples']
            .filter(Boolean)
            .join(' ')}
          aria-label={text.mapLabel}
          hidden={onPage}
        >
          {map.communes.isError && (
            <LoadError what="communes" error={map.communes.error} onRetry={() => map.communes.refetch()} />
          )}
          {refusedPage && profileQuery.isFetched && (
            <SignInPrompt page={refusedPage} signedIn={profile !== null} onSignedIn={resetAfterSignIn} onMap={back} />
          )}
          <MapView
            sources={map.sources}
            layers={map.layers}
            deckScene={map.deckScene}
            interactive={map.interactive}
            basemap={basemap}
            position={state.position}
            flyTo={flyTo}
            label={text.mapLabel}
            onHover={(pick, x, y) => setHover(pick ? { pick, x, y } : null)}
            onClick={(pick, lngLat) => {
              const code = pick?.layer === communeFillId ? String(pick.properties.code) : null
              if (drawing.active) drawing.add(lngLat)
              else if (rankingOpen && code) openRankingDetail(code)
              else if (code) update((current) => ui.select(current, code))
              else if (!pick) update((current) => ui.select(current, null))
            }}
            onMove={(position) => update((current) => ui.moveTo(current, position))}
            onIdle={map.onIdle}
            onZoom={setZoom}
            onBasemapError={() => setBasemapFailed(true)}
          />
          {(map.communes.isPending || scene.layer.isPending || scene.yearsLoading) && <Loading />}
          {multiplesShown && scene.axis && scene.yearChoropleths && map.communes.data && scene.year !== null && (
            <Suspense fallback={<Loading />}>
              <SmallMultiples
                communes={map.communes.data}
                axis={scene.axis}
                maps={scene.yearChoropleths}
                year={scene.year}
                onYear={(year) => update((current) => ui.chooseYear(current, year))}
                onClose={() => update(ui.toggleMultiples)}
                onShown={fitUnderMultiples}
              />
            </Suspense>
          )}
          <Tooltip content={tooltip} />
          <MapAttribution
            sources={
              state.basemap && config.data?.basemap
                ? [...mapCredits(state.language, 'short'), config.data.basemap.attribution]
                : mapCredits(state.language, 'short')
            }
            onMethodology={() => update((current) => ui.showView(current, 'methodology'))}
          />
          {state.view === 'table' && scene.indicator && scene.layer.data && scene.choropleth && (
            <Suspense fallback={<Loading />}>
              <TableView
                indicator={scene.indicator}
                layer={scene.layer.data}
                choropleth={scene.choropleth}
                onSelect={(code) => selectAndFly(code)}
              />
            </Suspense>
          )}
        </section>
        <Suspense fallback={<Loading />}>
          {state.view === 'methodology' && <Methodology onBack={back} />}
          {state.view === 'admin' && profile && <AdminView profile={profile} onBack={back} />}
          {state.view === 'border' && profile?.can.zones && (
            <NearBorderView
              villageIndicators={scene.villageIndicators}
              onSelect={(code) => selectAndFly(code)}
              onBack={back}
            />
          )}
          {state.view === 'targets' && (
            <TargetsView
              scoreboard={planner.scoreboard.data}
              loading={planner.scoreboard.isPending && planner.may}
              signedOut={!planner.may}
              onGapMap={(indicator, year) =>
                update((current) => ({
                  ...ui.chooseClassification(ui.chooseYear(ui.chooseIndicator(current, indicator), year), 'gap'),
                  view: 'map',
                }))
              }
              onBack={back}
            />
          )}
          {state.view === 'compare' && scene.indicator && scene.year !== null && (
            <CompareView
              state={state}
              left={{ indicator: scene.indicator, year: scene.year, choropleth: scene.choropleth }}
              indicators={scene.indicators.filter((item) => item.measuredAt !== 'province')}
              communes={map.communes.data}
              labels={map.labels}
              onCompare={(compare) => update((current) => ui.compareWith(current, compare))}
              onBack={back}
            />
          )}
          {state.view === 'profile' && state.selected && unit.data && (
            <CommuneProfile
              detail={unit.data}
              year={scene.year}
              communes={map.communes.data}
              villages={villages.data}
              link={link}
              onBack={back}
            />
          )}
          {state.view === 'import' && (
            <ImportsView
              may={Boolean(profile?.can.importValues)}
              importId={state.importId}
              indicators={scene.indicators}
              labels={map.labels}
              onOpen={(id) => update((current) => ui.openImport(current, id))}
              onBack={back}
            />
          )}
          {state.view === 'allocation' && (
            <AllocationView
              may={Boolean(profile?.can.allocate)}
              scenario={state.scenario}
              against={state.against}
              labels={map.labels}
              ranking={{ weights: planner.weights, normalise: state.normalise, year: planner.rankingYear }}
              indicators={scene.indicators}
              onOpen={(id) => update((current) => ui.openScenario(current, id))}
              onCompare={(id) => update((current) => ui.compareScenario(current, id))}
              onBack={back}
            />
          )}
          {rankingDetailShown && unit.data && (
            <DetailPanel
              detail={unit.data}
              year={planner.rankingYear}
              onClose={() => {
                // Back to the ranking's overview: the whole province beside the table again.
                setRankingDetail(null)
                setFlyTo({ key: Date.now(), bbox: [...provinceBounds[0], ...provinceBounds[1]], padding: 20 })
              }}
              onMethodology={() => update((current) => ui.showView(current, 'methodology'))}
              onProfile={() => update((current) => ui.showView(current, 'profile'))}
              onIndicator={(code) => update((current) => ui.chooseIndicator(current, code))}
              mayCorrect={Boolean(profile?.can.importValues)}
            />
          )}
          {rankingOpen && !rankingDetailShown && (
            <RankingPanel
              ranking={planner.ranking.data}
              loading={planner.ranking.isFetching}
              error={planner.rankingError}
              indicators={scene.indicators.filter(
                (item) => item.measuredAt !== 'province' && item.code !== 'population',
              )}
              weights={planner.weights}
              normalise={state.normalise}
              topN={state.topN}
              focused={focused}
              onWeights={(weights) => update((current) => ui.setWeights(current, weights))}
              onNormalise={(normalise) => update((current) => ui.setNormalise(current, normalise))}
              onTopN={(count) => update((current) => ui.setTopN(current, count))}
              onHover={setRowHover}
              onSelect={(code) => {
                openRankingDetail(code)
                setPendingFly(code)
              }}
            />
          )}
          {state.selected && state.view === 'map' && (
            <>
              {unit.isError && <LoadError what="unit" error={unit.error} onRetry={() => unit.refetch()} />}
              {unit.data && (
                <DetailPanel
                  detail={unit.data}
                  year={scene.year}
                  onClose={() => update((current) => ui.select(current, null))}
                  onMethodology={() => update((current) => ui.showView(current, 'methodology'))}
                  onProfile={() => update((current) => ui.showView(current, 'profile'))}
                  onIndicator={(code) => update((current) => ui.chooseIndicator(current, code))}
                  mayCorrect={Boolean(profile?.can.importValues)}
                />
              )}
            </>
          )}
        </Suspense>
      </main>
      {output.printing && (
        <div className="print-sheet">
          <img src={output.printing.image} alt={text.planner.print} onLoad={() => window.print()} />
          {output.printing.ranking && (
            <Suspense fallback={null}>
              <RankingPrint
                ranking={output.printing.ranking}
                year={planner.rankingYear}
                weights={planner.weights}
                indicators={scene.indicators}
              />
            </Suspense>
          )}
        </div>
      )}
      {output.printing && <PrintCleanup onDone={output.printed} />}
    </LanguageContext.Provider>
  )
}

/** After the browser's print dialog closes, the print sheet goes away. */
function PrintCleanup({ onDone }: { onDone: () => void }) {
  useEffect(() => {
    window.addEventListener('afterprint', onDone)
    return () => window.removeEventListener('afterprint', onDone)
  }, [onDone])
  return null
}

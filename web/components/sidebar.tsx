import { lazy, type ReactNode, Suspense } from 'react'
import type { Profile, ZoneCollection, ZoneKind } from '../api'
import { indicatorName, useText } from '../i18n/text'
import { flagColours } from '../palette'
import type { UiState } from '../state'
import * as ui from '../state'
import { playStart } from '../time-axis'
import type { IndicatorScene } from '../use-indicator-scene'
import { useTimePlay } from '../use-time-play'
import type { ZoneDrawing } from '../use-zone-drawing'
import { classYearsNote } from '../year-classes'
import { ClassificationPicker } from './classification-picker'
import { IndicatorPicker } from './indicator-picker'
import { LayerMenu } from './layer-menu'
import { Legend } from './legend'
import { LoadError, Loading } from './load-state'
import { TimeSlider } from './time-slider'

// The border staff's tools load when someone who may use them signs in, not with the public map
// (issue 13 §2).
const BorderPanel = lazy(() => import('./border-panel').then((module) => ({ default: module.BorderPanel })))

type Props = {
  state: UiState
  update: (change: (state: UiState) => UiState) => void
  scene: IndicatorScene
  profile: Profile | null
  basemapAvailable: boolean
  basemapFailed: boolean
  zones: Partial<Record<ZoneKind, ZoneCollection>>
  drawing: ZoneDrawing
  /** Tools a role adds below the layers (the planner's). */
  children?: ReactNode
}

/** The controls beside the map: indicator, year, classes, legend, layers, and the tools a role adds. */
export function Sidebar({
  state,
  update,
  scene,
  profile,
  basemapAvailable,
  basemapFailed,
  zones,
  drawing,
  children,
}: Props) {
  const { text, language } = useText()
  const { indicator, year, choropleth, catalogue, layer, axis } = scene
  useTimePlay({
    playing: state.playing,
    axis,
    year,
    ready: choropleth !== null && layer.data?.year === year && !layer.isPlaceholderData,
    update,
  })
  return (
    <section className="sidebar" aria-label={text.controls}>
      {catalogue.isError && <LoadError what="catalogue" error={catalogue.error} onRetry={() => catalogue.refetch()} />}
      {catalogue.isPending && <Loading />}
      {indicator && (
        <>
          <IndicatorPicker
            indicators={scene.indicators}
            value={indicator.code}
            onChange={(code) => update((current) => ui.chooseIndicator(current, code))}
          />
          {axis && year !== null && (
            <TimeSlider
              axis={axis}
              year={year}
              playing={state.playing}
              multiples={state.multiples}
              onYear={(chosen) => update((current) => ui.chooseYear(current, chosen))}
              onPlay={(playing) => update((current) => ui.setPlaying(current, playing, playStart(axis, year)))}
              onMultiples={() => update(ui.toggleMultiples)}
            />
          )}
          <ClassificationPicker
            value={scene.classification}
            classYears={state.classYears}
            years={axis?.withValues ?? []}
            disabled={choropleth?.kind === 'category' || choropleth?.kind === 'flag'}
            onChange={(chosen) => update((current) => ui.chooseClassification(current, chosen))}
            onClassYears={(chosen) => update((current) => ui.chooseClassYears(current, chosen))}
          />
        </>
      )}
      {layer.isError && <LoadError what="values" error={layer.error} onRetry={() => layer.refetch()} />}
      {indicator && choropleth && year !== null && !(state.view === 'ranking' && profile?.can.plannerTools) && (
        <Legend
          indicator={indicator}
          year={year}
          choropleth={choropleth}
          provenances={scene.provenances}
          carriedRule={layer.data?.rule ?? null}
          highlightClass={state.highlightClass}
          classesNote={classYearsNote(text, state.classYears, scene.classYears)}
          villageLegend={
            state.showVillages && scene.villageIndicator
              ? { name: indicatorName(scene.villageIndicator, language), ...flagColours }
              : null
          }
          onHighlight={(index) => update((current) => ui.highlight(current, index))}
          onMethodology={() => update((current) => ui.showView(current, 'methodology'))}
        />
      )}
      <LayerMenu
        villageIndicators={scene.villageIndicators}
        villageIndicator={scene.villageIndicator?.code ?? null}
        showVillages={state.showVillages}
        showDistricts={state.showDistricts}
        basemapAvailable={basemapAvailable}
        basemap={state.basemap}
        basemapFailed={basemapFailed}
        onVillageIndicator={(code) => update((current) => ui.chooseVillageIndicator(current, code))}
        onToggle={(name) => update((current) => ui.toggle(current, name))}
      />
      {children}
      {profile && (profile.can.zones || profile.can.addZones || profile.can.zoneSettings) && (
        <Suspense fallback={null}>
          <BorderPanel
            profile={profile}
            shown={state.zones}
            zones={zones}
            drawing={drawing}
            indicatorFill={state.indicatorFill}
            onIndicatorFill={(fill) => update((current) => ui.chooseIndicatorFill(current, fill))}
            onToggle={(kind) => update((current) => ui.toggleZone(current, kind))}
            onNearBorder={() => update((current) => ui.showView(current, 'border'))}
          />
        </Suspense>
      )}
    </section>
  )
}

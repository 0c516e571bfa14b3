import type { ReactNode } from 'react'
import type { Profile, ZoneCollection, ZoneKind } from '../api'
import { indicatorName, useText } from '../i18n/text'
import { flagColours } from '../palette'
import type { UiState } from '../state'
import * as ui from '../state'
import type { IndicatorScene } from '../use-indicator-scene'
import type { ZoneDrawing } from '../use-zone-drawing'
import { BorderPanel } from './border-panel'
import { ClassificationPicker } from './classification-picker'
import { IndicatorPicker } from './indicator-picker'
import { LayerMenu } from './layer-menu'
import { Legend } from './legend'
import { LoadError, Loading } from './load-state'
import { YearSelector } from './year-selector'

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
  const { indicator, year, choropleth, catalogue, layer } = scene
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
          <YearSelector
            years={indicator.years}
            value={year}
            onChange={(chosen) => update((current) => ui.chooseYear(current, chosen))}
          />
          <ClassificationPicker
            value={scene.classification}
            holdYear={state.holdYear}
            year={year}
            disabled={choropleth?.kind === 'category' || choropleth?.kind === 'flag'}
            onChange={(chosen) => update((current) => ui.chooseClassification(current, chosen))}
            onHold={(held) => update((current) => ui.holdBreaks(current, held))}
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
      )}
    </section>
  )
}
